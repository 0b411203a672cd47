package org.matforge.api.chem;

/** Symbol → element lookup without a map: the parser calls it for every element token. */
final class SymbolIndex {
    private static final Element[] ONE_LETTER = new Element[26];
    private static final Element[][] TWO_LETTER = new Element[26][26];
    /**
     * Formula writing order: ascending Pauling electronegativity (Magpie's Electronegativity table, Ward et al.
     * 2016), elements without a value last, ties by atomic number; the order pymatgen uses for formulas.
     */
    private static final String FORMULA_ORDER = "Fr Cs K Rb Ba Ra Na Sr Li Ca La Ac Ce Pr Nd Pm Sm Eu Gd Tb Y Dy Ho Er "
            + "Tm Yb Lu Pu Hf Th Am Cm Bk Cf Es Fm Md No Mg Zr Sc Np U Ta Pa Ti Mn Be Nb Al Tl V Zn Cr Cd In Ga Fe Co Si "
            + "Cu Tc Re Ni Ag Sn Hg Po Ge Bi B Sb Te Mo As P H Ru Pd Os Ir At Rh Pt Pb W Au C Se S Xe I Br Kr N Cl O F He "
            + "Ne Ar Rn Lr";
    private static final int[] FORMULA_RANK = new int[Element.values().length];

    static {
        for (Element e : Element.values()) {
            String s = e.name();
            int first = s.charAt(0) - 'A';
            if (s.length() == 1) {
                ONE_LETTER[first] = e;
            } else {
                TWO_LETTER[first][s.charAt(1) - 'a'] = e;
            }
        }
        String[] order = FORMULA_ORDER.split(" ");
        for (int i = 0; i < order.length; i++) {
            FORMULA_RANK[lookup(order[i]).ordinal()] = i;
        }
    }

    private SymbolIndex() {
    }

    /** @return the element for an upper-case letter alone, or null */
    static Element oneLetter(char upper) {
        return upper >= 'A' && upper <= 'Z' ? ONE_LETTER[upper - 'A'] : null;
    }

    /** @return the element for an upper-case letter followed by a lower-case letter, or null */
    static Element twoLetter(char upper, char lower) {
        if (upper < 'A' || upper > 'Z' || lower < 'a' || lower > 'z') {
            return null;
        }
        return TWO_LETTER[upper - 'A'][lower - 'a'];
    }

    /** @return the element's position in formula writing order */
    static int formulaRank(Element e) {
        return FORMULA_RANK[e.ordinal()];
    }

    static Element lookup(String symbol) {
        if (symbol == null) {
            return null;
        }
        return switch (symbol.length()) {
            case 1 -> oneLetter(symbol.charAt(0));
            case 2 -> twoLetter(symbol.charAt(0), symbol.charAt(1));
            default -> null;
        };
    }
}
