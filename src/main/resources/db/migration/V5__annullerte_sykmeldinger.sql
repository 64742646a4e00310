-- A sykmelding annulled by its sender: kept for the record, but its periods no longer count in the tilfelle.
alter table sykmelding add column annullert timestamp;
