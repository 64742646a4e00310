-- The tilfelle is computed from all of the person's sykmeldinger. A friskmelding ends the sick leave known when it
-- came: from friskmeldt_fom on, the sykmelding no longer counts (its periods are cut there). A sykmelding that comes
-- after the friskmelding counts in full.
alter table sykmelding add column friskmeldt_fom date;
