#!/usr/bin/env python3
"""Writes band-center-elements.tsv, the element table of the BandCenter example featurizer.

Inputs, both from hackingmaterials/matminer at commit 8ddb18c74064ab3668d7b5aed7c360abdfdae5de (the commit of
../shared/data/elements/magpie):
  1. src/matminer/utils/data_files/deml_elementdata.py  -- the dict `ionization_en` (J/mol; first value = first
     ionisation energy), Deml et al., Phys. Rev. B 93, 085142 (2016)
  2. src/matminer/utils/data_files/magpie_elementdata/ElectronAffinity.table  (kJ/mol, one line per element from H;
     the same file as ../shared/data/elements/magpie/ElectronAffinity.table), Ward et al., npj Comput Mater 2, 16028 (2016)

Usage (from this folder):
  git -C <matminer checkout> show 8ddb18c74064ab3668d7b5aed7c360abdfdae5de:src/matminer/utils/data_files/deml_elementdata.py > /tmp/deml_elementdata.py
  python3 band_center_table.py /tmp/deml_elementdata.py ../../../../shared/data/elements/magpie/ElectronAffinity.table \
      > ../src/main/resources/org/matforge/example/featurizer/band-center-elements.tsv
The Python file is read with `ast` (literal values only), never executed.
"""
import ast
import sys

SYMBOLS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr "
           "Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os "
           "Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr").split()


def deml_first_ionisation(path):
    tree = ast.parse(open(path, encoding="utf-8").read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "ionization_en" for t in node.targets):
            return {symbol: values[0] for symbol, values in ast.literal_eval(node.value).items()}
    raise SystemExit("no ionization_en dict in " + path)


def is_number(text):
    try:
        return float(text) == float(text)
    except ValueError:
        return False


def main(deml_path, affinity_path):
    ionisation = deml_first_ionisation(deml_path)
    affinity = [line.strip() for line in open(affinity_path, encoding="utf-8")]
    print("# Element data of the BandCenter featurizer (Butler & Ginley, J. Electrochem. Soc. 125, 228 (1978),")
    print("# doi:10.1149/1.2131419), as matminer's BandCenter reads it (matminer.featurizers.composition.element).")
    print("# first_ionisation_kJ_per_mol: Deml, O'Hayre, Wolverton, Stevanovic, Phys. Rev. B 93, 085142 (2016),")
    print("#   table `ionization_en` (J/mol, divided by 1000 here) of matminer's deml_elementdata.py;")
    print("# electron_affinity_kJ_per_mol: Magpie, Ward, Agrawal, Choudhary, Wolverton, npj Comput Mater 2, 16028 (2016),")
    print("#   matminer's magpie_elementdata/ElectronAffinity.table (from Mathematica's ElementData).")
    print("# Both files from hackingmaterials/matminer commit 8ddb18c74064ab3668d7b5aed7c360abdfdae5de")
    print("# (matminer: modified BSD licence, (c) The Regents of the University of California, through LBNL).")
    print("# Written by examples/org.matforge.example.featurizer/data/band_center_table.py; empty = not in the source table.")
    print("symbol\tZ\tfirst_ionisation_kJ_per_mol\telectron_affinity_kJ_per_mol")
    for z, symbol in enumerate(SYMBOLS, start=1):
        ie = ionisation.get(symbol)
        ea = affinity[z - 1] if z <= len(affinity) else "None"
        ie_text = "" if ie is None else repr(ie / 1000)
        ea_text = ea if is_number(ea) else ""  # None, NaN and Mathematica's Missing["NotAvailable"] are unknown
        print(f"{symbol}\t{z}\t{ie_text}\t{ea_text}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
