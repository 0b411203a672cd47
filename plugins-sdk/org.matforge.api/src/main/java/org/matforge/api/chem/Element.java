package org.matforge.api.chem;

import java.util.Optional;

/**
 * The chemical elements hydrogen (Z = 1) to lawrencium (Z = 103), in atomic-number order.
 * <p>
 * {@link #ordinal()} + 1 is the atomic number. Element properties (electronegativity, radii, ...) are not
 * part of the API: they live in the chemistry bundle's element-property table.
 */
public enum Element {
    H("Hydrogen"),
    He("Helium"),
    Li("Lithium"),
    Be("Beryllium"),
    B("Boron"),
    C("Carbon"),
    N("Nitrogen"),
    O("Oxygen"),
    F("Fluorine"),
    Ne("Neon"),
    Na("Sodium"),
    Mg("Magnesium"),
    Al("Aluminium"),
    Si("Silicon"),
    P("Phosphorus"),
    S("Sulfur"),
    Cl("Chlorine"),
    Ar("Argon"),
    K("Potassium"),
    Ca("Calcium"),
    Sc("Scandium"),
    Ti("Titanium"),
    V("Vanadium"),
    Cr("Chromium"),
    Mn("Manganese"),
    Fe("Iron"),
    Co("Cobalt"),
    Ni("Nickel"),
    Cu("Copper"),
    Zn("Zinc"),
    Ga("Gallium"),
    Ge("Germanium"),
    As("Arsenic"),
    Se("Selenium"),
    Br("Bromine"),
    Kr("Krypton"),
    Rb("Rubidium"),
    Sr("Strontium"),
    Y("Yttrium"),
    Zr("Zirconium"),
    Nb("Niobium"),
    Mo("Molybdenum"),
    Tc("Technetium"),
    Ru("Ruthenium"),
    Rh("Rhodium"),
    Pd("Palladium"),
    Ag("Silver"),
    Cd("Cadmium"),
    In("Indium"),
    Sn("Tin"),
    Sb("Antimony"),
    Te("Tellurium"),
    I("Iodine"),
    Xe("Xenon"),
    Cs("Caesium"),
    Ba("Barium"),
    La("Lanthanum"),
    Ce("Cerium"),
    Pr("Praseodymium"),
    Nd("Neodymium"),
    Pm("Promethium"),
    Sm("Samarium"),
    Eu("Europium"),
    Gd("Gadolinium"),
    Tb("Terbium"),
    Dy("Dysprosium"),
    Ho("Holmium"),
    Er("Erbium"),
    Tm("Thulium"),
    Yb("Ytterbium"),
    Lu("Lutetium"),
    Hf("Hafnium"),
    Ta("Tantalum"),
    W("Tungsten"),
    Re("Rhenium"),
    Os("Osmium"),
    Ir("Iridium"),
    Pt("Platinum"),
    Au("Gold"),
    Hg("Mercury"),
    Tl("Thallium"),
    Pb("Lead"),
    Bi("Bismuth"),
    Po("Polonium"),
    At("Astatine"),
    Rn("Radon"),
    Fr("Francium"),
    Ra("Radium"),
    Ac("Actinium"),
    Th("Thorium"),
    Pa("Protactinium"),
    U("Uranium"),
    Np("Neptunium"),
    Pu("Plutonium"),
    Am("Americium"),
    Cm("Curium"),
    Bk("Berkelium"),
    Cf("Californium"),
    Es("Einsteinium"),
    Fm("Fermium"),
    Md("Mendelevium"),
    No("Nobelium"),
    Lr("Lawrencium");

    private static final Element[] BY_NUMBER = values();

    private final String displayName;

    Element(String displayName) {
        this.displayName = displayName;
    }

    /** @return the IUPAC symbol, e.g. {@code "Fe"} */
    public String symbol() {
        return name();
    }

    /** @return the English (IUPAC) name, e.g. {@code "Iron"} */
    public String displayName() {
        return displayName;
    }

    /** @return the atomic number Z, 1 for hydrogen */
    public int atomicNumber() {
        return ordinal() + 1;
    }

    /**
     * @param z an atomic number
     * @return the element with that atomic number
     * @throws IllegalArgumentException when {@code z} is outside 1..103
     */
    public static Element ofNumber(int z) {
        if (z < 1 || z > BY_NUMBER.length) {
            throw new IllegalArgumentException("no element with atomic number " + z + " (MatForge knows 1..103, H..Lr)");
        }
        return BY_NUMBER[z - 1];
    }

    /**
     * @param symbol a case-sensitive element symbol such as {@code "Fe"}
     * @return the element, or empty when no element H..Lr has that symbol
     */
    public static Optional<Element> ofSymbol(String symbol) {
        return Optional.ofNullable(SymbolIndex.lookup(symbol));
    }
}
