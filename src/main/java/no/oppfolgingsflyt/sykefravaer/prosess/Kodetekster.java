package no.oppfolgingsflyt.sykefravaer.prosess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import static java.util.Map.entry;

/**
 * The Norwegian words for the codes the case log and the process use (outcomes, reasons, steps, sources,
 * innsatsgrupper), in one place: what a veileder reads in «Om saken» instead of "dialogmote1 gjennomfort".
 * A code written as "STEG:UTFALL:ÅRSAK" reads "Steg: utfall (årsak)". A code without a text here is shown
 * de-capitalised as a last resort; {@code KodeteksterTest} holds every code of the domain to a text.
 */
public final class Kodetekster {

    private static final Map<String, String> TEKST = Map.ofEntries(
            // the case log's entry types
            entry("VURDERING", "Vurdering"),
            entry("VURDERING_TRUKKET_TILBAKE", "Vurdering trukket tilbake"),
            entry("ARBEIDSGIVER_BEKREFTET", "Arbeidsgiveren bekreftet"),
            // steps
            entry("AKTIVITETSKRAV", "Aktivitetskrav"),
            entry("DIALOGMOTE1", "Dialogmøte 1"),
            entry("DIALOGMOTE2", "Dialogmøte 2"),
            entry("OPPFOLGINGSPLAN", "Oppfølgingsplan"),
            entry("MOTEBEHOV", "Møtebehov"),
            entry("UTEN_ARBEIDSGIVER", "Sykmeldt uten arbeidsgiver"),
            entry("VIDERE_OPPFOLGING", "Videre oppfølging"),
            entry("Behovsvurdering", "Behovsvurdering"),
            entry("LegeerklaeringMangler", "Manglende legeerklæring"),
            entry("Arbeidsevnevurdering", "Arbeidsevnevurdering"),
            entry("Kvalitetssikre", "Kvalitetssikring"),
            entry("AapVedtak", "AAP-vedtak"),
            entry("BeslutteAap", "Beslutning om AAP"),
            entry("Aktivitetsplan", "Aktivitetsplan"),
            entry("FolgOppMeldekort", "Oppfølging av meldekort"),
            entry("FolgOppAap", "Oppfølging av AAP-mottaker"),
            entry("RevurderAap", "Revurdering av AAP"),
            entry("VurderBrudd", "Brudd på aktivitetsplikten"),
            entry("VurderStansAap", "Stans av AAP"),
            // the employer's answers
            entry("UTARBEIDET", "utarbeidet"),
            entry("GJENNOMFORT", "gjennomført"),
            entry("IKKE_NODVENDIG", "åpenbart unødvendig"),
            // outcomes
            entry("OPPFYLT", "oppfylt"),
            entry("AUTOMATISK_OPPFYLT", "oppfylt automatisk (gradert sykmeldt)"),
            entry("UNNTAK", "unntak"),
            entry("IKKE_AKTUELL", "ikke aktuelt"),
            entry("AVVENT", "avventer"),
            entry("FORHANDSVARSEL", "forhåndsvarsel sendt"),
            entry("INNSTILLING_OM_STANS", "innstilling om stans"),
            entry("INNKALL", "innkalt til dialogmøte"),
            entry("FERDIGSTILT", "møtet holdt, referat skrevet"),
            entry("NYTT_TID_STED", "ny tid eller nytt sted"),
            entry("BEHOLD", "tid og sted beholdt"),
            entry("AVLYS", "møtet avlyst"),
            entry("INNKALL_TIL_DIALOGMOTE", "innkalles til dialogmøte"),
            entry("IKKE_BEHOV", "ikke behov for møte nå"),
            entry("ANNEN_OPPFOLGING", "annen oppfølging"),
            entry("OPPFOLGING_STARTET", "oppfølging startet"),
            entry("INGEN_TILTAK", "ingen videre oppfølging"),
            entry("START_ARBEIDSEVNEVURDERING", "arbeidsevnevurdering startet"),
            entry("ARBEIDSGIVER_KONTAKTET", "arbeidsgiveren er kontaktet"),
            entry("BEKREFTET_AV_ARBEIDSGIVER", "bekreftet av arbeidsgiveren"),
            entry("STANDARD_INNSATS", "standard innsats"),
            entry("SITUASJONSBESTEMT_INNSATS", "situasjonsbestemt innsats"),
            entry("BEHOV_FOR_ARBEIDSEVNEVURDERING", "behov for arbeidsevnevurdering"),
            entry("PURRET_PA_NYTT", "purret på nytt"),
            entry("FORTSETT_UTEN", "fortsetter uten legeerklæring"),
            entry("NEDSATT", "nedsatt arbeidsevne"),
            entry("IKKE_NEDSATT", "arbeidsevnen er ikke nedsatt"),
            entry("GODKJENT", "godkjent"),
            entry("RETUR", "sendt tilbake"),
            entry("INNVILGET", "innvilget"),
            entry("AVSLAG", "avslag"),
            entry("LAGET", "aktivitetsplan laget"),
            entry("KONTAKTET", "bruker kontaktet"),
            entry("MELDEKORT_MOTTATT", "meldekort mottatt"),
            entry("STANS_VURDERES", "stans vurderes"),
            entry("FULGT_OPP", "fulgt opp"),
            entry("FORLENG", "forlenget"),
            entry("ARBEID", "over i arbeid"),
            entry("UFORETRYGD", "over på uføretrygd"),
            entry("RIMELIG_GRUNN", "rimelig grunn"),
            entry("REVIDER_AKTIVITETSPLAN", "aktivitetsplanen revideres"),
            entry("STANS", "stans"),
            entry("FORTSETT", "fortsetter"),
            // reasons: aktivitetskrav
            entry("FRISKMELDT", "friskmeldt"),
            entry("GRADERT", "gradert sykmeldt"),
            entry("TILTAK", "i aktivitet eller tiltak"),
            entry("MEDISINSKE_GRUNNER", "medisinske grunner"),
            entry("TILRETTELEGGING_IKKE_MULIG", "tilrettelegging ikke mulig"),
            entry("SJOMENN_UTENRIKS", "sjømann i utenriksfart"),
            entry("INNVILGET_VTA", "innvilget varig tilrettelagt arbeid"),
            entry("MOTTAR_AAP", "mottar AAP"),
            entry("ER_DOD", "død"),
            entry("ANNET", "annet"),
            entry("OPPFOLGINGSPLAN_ARBEIDSGIVER", "venter på oppfølgingsplan fra arbeidsgiver"),
            entry("INFORMASJON_BEHANDLER", "venter på informasjon fra behandler"),
            entry("INFORMASJON_SYKMELDT", "venter på informasjon fra den sykmeldte"),
            entry("DROFTES_MED_ROL", "drøftes med rådgivende overlege"),
            entry("DROFTES_INTERNT", "drøftes internt"),
            // reasons: dialogmøte 2
            entry("INNLEGGELSE_INSTITUSJON", "innlagt i institusjon"),
            entry("FORVENTET_FRISKMELDING_INNEN_28UKER", "ventet friskmeldt innen 28 uker"),
            entry("DOKUMENTERT_TILTAK_FRISKMELDING", "dokumentert tiltak mot friskmelding"),
            entry("ARBEIDSTAKER_AAP", "arbeidstakeren får AAP"),
            entry("ARBEIDSTAKER_DOD", "arbeidstakeren er død"),
            entry("DIALOGMOTE_AVHOLDT", "dialogmøte allerede holdt"),
            entry("ARBEIDSFORHOLD_OPPHORT", "arbeidsforholdet er opphørt"),
            // reasons: kvalitetssikring and beslutning
            entry("MANGELFULL_BEGRUNNELSE", "mangelfull begrunnelse"),
            entry("MANGLENDE_UTREDNING", "mangelfull utredning"),
            entry("FEIL_LOVANVENDELSE", "feil lovanvendelse"),
            entry("SKRIVEFEIL", "skrivefeil"),
            // where an arbeidsevnevurdering came from
            entry("SYKEFRAVAER", "sykefraværsoppfølgingen"),
            entry("SOKNAD", "søknad"),
            entry("VEILEDER", "veileder"),
            // innsatsgrupper and hovedmål (innsatsgruppe.dmn)
            entry("SPESIELT_TILPASSET_INNSATS", "spesielt tilpasset innsats"),
            entry("GRADERT_VARIG_TILPASSET_INNSATS", "gradert varig tilpasset innsats"),
            entry("VARIG_TILPASSET_INNSATS", "varig tilpasset innsats"),
            entry("BEHOLDE_ARBEID", "beholde arbeid"),
            entry("SKAFFE_ARBEID", "skaffe arbeid"),
            entry("OKE_DELTAKELSE", "øke deltakelse"),
            // AAP conditions (aap-vilkar.dmn)
            entry("IKKE_OPPFYLT", "ikke oppfylt"),
            entry("ARBEIDSEVNE_IKKE_NEDSATT_MINST_HALVPARTEN", "arbeidsevnen er ikke nedsatt med minst halvparten"),
            entry("SYKDOM_IKKE_HOVEDARSAK", "sykdom er ikke hovedårsaken"),
            entry("MANGLER_LEGEERKLAERING", "legeerklæring mangler"));

    private Kodetekster() {}

    /** Whether a code has a Norwegian text here. */
    public static boolean harTekst(String kode) {
        return TEKST.containsKey(kode);
    }

    /** One code in words: "DIALOGMOTE1" → "Dialogmøte 1", "IKKE_NODVENDIG" → "åpenbart unødvendig". */
    public static String ord(String kode) {
        if (kode == null || kode.isBlank()) {
            return "";
        }
        String tekst = TEKST.get(kode);
        return tekst != null ? tekst : kode.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A composite code in words: the step, then the outcome, then any reasons in brackets;
     * "AKTIVITETSKRAV:UNNTAK:MEDISINSKE_GRUNNER" → "Aktivitetskrav: unntak (medisinske grunner)",
     * "AapVedtak:AVSLAG" → "AAP-vedtak: avslag", "Arbeidsevnevurdering:NEDSATT:60" → "Arbeidsevnevurdering: nedsatt
     * arbeidsevne, 60 %".
     */
    public static String setning(String kode) {
        if (kode == null || kode.isBlank()) {
            return "";
        }
        String[] deler = kode.split(":");
        if (deler.length == 1) {
            return ord(deler[0]);
        }
        String resten = ord(deler[1]);
        List<String> arsaker = new ArrayList<>();
        for (int i = 2; i < deler.length; i++) {
            arsaker.add(ord(deler[i]));
        }
        if ("NEDSATT".equals(deler[1]) && deler.length == 3) {
            resten = "nedsatt arbeidsevne, " + deler[2] + " %";
            arsaker.clear();
        }
        return stor(ord(deler[0])) + ": " + resten + (arsaker.isEmpty() ? "" : " (" + String.join(", ", arsaker) + ")");
    }

    /** An entry of the case log in words: its type and its code. */
    public static String hendelse(String type, String kode) {
        String hva = setning(kode);
        return switch (type) {
            case "VURDERING" -> hva;
            case "ARBEIDSGIVER_BEKREFTET" -> "Arbeidsgiveren bekreftet: " + setning(kode).toLowerCase(
                    java.util.Locale.forLanguageTag("nb-NO")).replace(": ", " ");
            default -> (ord(type) + (hva.isEmpty() ? "" : ": " + hva.substring(0, 1).toLowerCase() + hva.substring(1)));
        };
    }

    private static String stor(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
