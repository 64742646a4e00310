-- The NAV offices (enheter) the application knows. A sykmelding, an AAP søknad or a veileder's start naming an
-- office that is not here is refused with 400: a case for an unknown office would be seen by nobody.
--
-- Where the list comes from: NAV's organisation register NORG2 (enhetNr and navn of the local offices, type LOKAL,
-- status Aktiv), as NAV's own applications show it. Not every office is here yet.
-- How to add or rename one: a new migration (V<next>__navkontor_<what>.sql) with
--     insert into navkontor (enhet, navn) values ('1234', 'Nav Eksempel');
-- or an update of the name; never edit this file once it has run (Flyway checks its checksum).
--
-- 0301 and 4601 are the offices of the demo and the tests (demo users veileder0301 and veileder4601, the
-- kvalitetssikring counties 03 and 46). They are the municipality numbers of Oslo and Bergen: in NORG2, NAV
-- Grünerløkka is 0315 and NAV Bergenhus 1209. An installation that follows NORG2 strictly removes them in a
-- migration of its own.
create table navkontor (
    enhet  varchar(4)   primary key,
    navn   varchar(100) not null
);

insert into navkontor (enhet, navn) values
    ('0301', 'NAV Grünerløkka'),
    ('4601', 'NAV Bergenhus'),
    -- Viken (Akershus, Østfold, Buskerud)
    ('0104', 'Nav Moss'),
    ('0105', 'Nav Sarpsborg'),
    ('0106', 'Nav Fredrikstad'),
    ('0213', 'Nav Nordre Follo'),
    ('0219', 'Nav Bærum'),
    ('0220', 'Nav Asker'),
    ('0230', 'Nav Lørenskog'),
    ('0231', 'Nav Lillestrøm'),
    ('0235', 'Nav Ullensaker'),
    ('0602', 'Nav Drammen'),
    ('0604', 'Nav Kongsberg'),
    ('0605', 'Nav Ringerike'),
    -- Oslo
    ('0312', 'Nav Frogner'),
    ('0313', 'Nav St. Hanshaugen'),
    ('0314', 'Nav Sagene'),
    ('0316', 'Nav Gamle Oslo'),
    ('0318', 'Nav Nordstrand'),
    ('0319', 'Nav Søndre Nordstrand'),
    ('0321', 'Nav Østensjø'),
    ('0326', 'Nav Alna'),
    ('0327', 'Nav Stovner'),
    ('0328', 'Nav Grorud'),
    ('0330', 'Nav Bjerke'),
    ('0331', 'Nav Nordre Aker'),
    ('0334', 'Nav Vestre Aker'),
    ('0335', 'Nav Ullern'),
    -- Innlandet
    ('0403', 'Nav Hamar'),
    ('0427', 'Nav Elverum'),
    ('0501', 'Nav Lillehammer-Gausdal'),
    ('0502', 'Nav Gjøvik'),
    -- Vestfold og Telemark
    ('0701', 'Nav Horten'),
    ('0704', 'Nav Tønsberg'),
    ('0710', 'Nav Sandefjord'),
    ('0805', 'Nav Porsgrunn'),
    ('0806', 'Nav Skien'),
    -- Agder
    ('0904', 'Nav Grimstad'),
    ('0906', 'Nav Arendal'),
    ('1001', 'Nav Kristiansand'),
    -- Rogaland
    ('1101', 'Nav Dalane'),
    ('1102', 'Nav Sandnes'),
    ('1106', 'Nav Haugesund-Utsira'),
    ('1161', 'Nav Eiganes og Tasta'),
    ('1162', 'Nav Hundvåg og Storhaug'),
    ('1164', 'Nav Hillevåg og Hinna'),
    ('1165', 'Nav Madla'),
    -- Vestland
    ('1202', 'Nav Bergen sør'),
    ('1203', 'Nav Bergen nord'),
    ('1206', 'Nav Bergen vest'),
    ('1208', 'Nav Årstad'),
    ('1235', 'Nav Voss'),
    ('1247', 'Nav Askøy'),
    ('1420', 'Nav Sogndal'),
    -- Møre og Romsdal
    ('1502', 'Nav Molde'),
    ('1504', 'Nav Ålesund'),
    ('1505', 'Nav Kristiansund'),
    -- Trøndelag
    ('1603', 'Nav Midtbyen'),
    ('1604', 'Nav Østbyen'),
    ('1605', 'Nav Lerkendal'),
    ('1607', 'Nav Heimdal'),
    ('1719', 'Nav Levanger'),
    ('1702', 'Nav Inn-Trøndelag'),
    -- Nordland
    ('1804', 'Nav Bodø'),
    ('1805', 'Nav Narvik'),
    ('1833', 'Nav Rana'),
    -- Troms og Finnmark
    ('1902', 'Nav Tromsø'),
    ('1903', 'Nav Sør-Troms');
