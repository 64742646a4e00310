package no.oppfolgingsflyt.aap;

/** A stored arbeidsevnevurdering (AAP case). */
public record AapSak(String saksreferanse, String fnr, String enhet, Kilde kilde, String sykefravaerRef,
        Status status, String avsluttetGrunn, String processInstanceId) {

    public enum Kilde { SYKEFRAVAER, SOKNAD, VEILEDER }

    public enum Status { AKTIV, AVSLUTTET }
}
