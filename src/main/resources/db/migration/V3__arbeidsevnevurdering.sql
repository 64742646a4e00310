-- One row per arbeidsevnevurdering (AAP case). The fødselsnummer lives here, never in the process engine.
create sequence aap_nr_seq start with 1001;

create table aap_sak (
    saksreferanse        varchar(20)  primary key,
    fnr                  varchar(11)  not null,
    -- equals fnr while the case is open, null after: one open case per person
    aktiv_fnr            varchar(11)  unique,
    enhet                varchar(4)   not null,
    kilde                varchar(20)  not null,
    sykefravaer_ref      varchar(20),
    status               varchar(20)  not null,
    avsluttet_grunn      varchar(40),
    process_instance_id  varchar(64),
    opprettet            timestamp    not null,
    avsluttet_tid        timestamp
);
create index aap_sak_fnr on aap_sak (fnr);
