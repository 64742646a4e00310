-- The process owner's figures (styring.Nokkeltall). The dates a milestone was met are written on the case when the
-- case log records them (styring.Milepaeler), so the figures are one indexed read of sak, not a scan of the log or of
-- the engine's history. Deadlines are not stored: they follow S, which can move.
alter table sak add column friskmeldt_fom date;
alter table sak add column oppfolgingsplan_bekreftet date;
alter table sak add column dialogmote1_bekreftet date;
alter table sak add column aktivitetskrav_vurdert date;
alter table sak add column dialogmote2_avklart date;
-- false until the columns above were computed from the case log (older cases: once, at startup)
alter table sak add column milepaeler_beregnet boolean default false not null;

-- the period is chosen by the month of the deadline, which is S plus a fixed number of days
create index sak_tilfelle_start on sak (tilfelle_start);
create index sak_enhet_tilfelle_start on sak (enhet, tilfelle_start);
create index sak_milepaeler_beregnet on sak (milepaeler_beregnet);
-- vurderinger in a period; varsler in a period; AAP cases closed in a period
create index sakshendelse_type_tid on sakshendelse (type, tidspunkt);
create index varsel_bestilt on varsel (bestilt);
create index aap_sak_avsluttet on aap_sak (avsluttet_tid);
create index aap_sak_status on aap_sak (status);
