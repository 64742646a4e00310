package no.oppfolgingsflyt.felles;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Norwegian public holidays (helligdager og høytidsdager, lov om helligdager og helligdagsfred; 1. mai and 17. mai
 * by their own laws), computed for any year: the fixed days, and the days counted from Easter Sunday.
 */
public final class Helligdager {

    private static final Set<MonthDay> FASTE = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 17),
            MonthDay.of(12, 25), MonthDay.of(12, 26));
    /** Skjærtorsdag, langfredag, 1. og 2. påskedag, Kristi himmelfartsdag, 1. og 2. pinsedag. */
    private static final int[] FRA_PASKEDAG = {-3, -2, 0, 1, 39, 49, 50};

    private Helligdager() {}

    public static boolean erHelligdag(LocalDate dag) {
        if (FASTE.contains(MonthDay.from(dag))) {
            return true;
        }
        LocalDate paske = forstePaskedag(dag.getYear());
        for (int d : FRA_PASKEDAG) {
            if (paske.plusDays(d).equals(dag)) {
                return true;
            }
        }
        return false;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
    public static LocalDate forstePaskedag(int aar) {
        int a = aar % 19;
        int b = aar / 100;
        int c = aar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maaned = (h + l - 7 * m + 114) / 31;
        int dag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(aar, maaned, dag);
    }
}
