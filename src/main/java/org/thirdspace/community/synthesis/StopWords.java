package org.thirdspace.community.synthesis;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words that carry no topic, in the tool's three languages. A space's posts may mix languages, so
 * a text whose language is not one of them is read with all three lists.
 */
public final class StopWords {

    private static final Set<String> EN = Set.of(("a about above after again against all also am an and any are as at be because been"
            + " before being below between both but by can could did do does doing done down during each even ever few for from"
            + " further get gets got had has have having he her here hers herself him himself his how i if in into is it its itself"
            + " just let like lot many may me might more most much must my myself no nor not now of off on once one only or other"
            + " our ours ourselves out over own really same shall she should so some such than that the their theirs them"
            + " themselves then there these they this those through to too under until up upon us very was we well were what"
            + " when where which while who whom why will with would yes yet you your yours yourself yourselves i'm it's don't"
            + " i've we're that's can't doesn't isn't there's thing things way week").split(" "));
    private static final Set<String> FR = Set.of(("à a afin ai aie aient ainsi alors as au aucun aussi autre autres aux avaient avais"
            + " avait avant avec avez avions avoir avons ayant bien c ça car ce ceci cela celle celles celui ces cet cette ceux"
            + " chaque chez comme comment d dans de des donc dont du elle elles en encore entre es est et étaient étais était"
            + " été être eu eux faire fait fois font hors il ils j je jusqu l la là le les leur leurs lui m ma mais me même"
            + " mes moi mon n ne ni nos notre nous on ont ou où par parce pas peu peut plus pour pourquoi qu quand que quel quelle"
            + " quelles quels qui quoi s sa sans se sera ses si sien son sont sous suis sur t ta te tes toi ton tous tout toute"
            + " toutes très tu un une vers via vos votre vous y c'est j'ai qu'il n'est d'un d'une l'on").split(" "));
    private static final Set<String> DE = Set.of(("aber alle allem allen aller alles als also am an ander andere anderen auch auf"
            + " aus bei beim bin bis bist da dabei damit dann das dass daß dein deine dem den denn der des dessen dich die dies"
            + " diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines er es etwas euch euer"
            + " für gegen gibt hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre im in indem ins ist"
            + " ja jede jedem jeden jeder jedes jetzt kann kein keine können könnte man manche mehr mein meine mich mir mit"
            + " muss musste nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine sich sie sind so solche soll sollte"
            + " sondern um und uns unser unter viel vom von vor war waren was weil welche wenn wer werde werden wie wieder will"
            + " wir wird wo würde zu zum zur zwar zwischen").split(" "));
    private static final Set<String> ALL;

    static {
        Set<String> all = new HashSet<>(EN);
        all.addAll(FR);
        all.addAll(DE);
        ALL = Set.copyOf(all);
    }

    private StopWords() {
    }

    /** The list for the locale's language, or all three for any other language. */
    public static Set<String> of(Locale locale) {
        return switch (locale == null ? "" : locale.getLanguage()) {
            case "en" -> EN;
            case "fr" -> FR;
            case "de" -> DE;
            default -> ALL;
        };
    }

    public static Set<String> all() {
        return ALL;
    }
}
