#!/usr/bin/env python3
"""Writes target/fold0-train.csv: the rows of ../shared/data/matbench/expt_gap.csv outside published test fold 0."""
import csv, os
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
data = os.path.join(root, '..', 'shared', 'data', 'matbench')
full = list(csv.reader(open(os.path.join(data, 'expt_gap.csv'))))[1:]
test = {r[0] for r in list(csv.reader(open(os.path.join(data, 'folds', 'expt_gap', 'test0.csv'))))[1:]}
os.makedirs(os.path.join(root, 'target'), exist_ok=True)
with open(os.path.join(root, 'target', 'fold0-train.csv'), 'w', newline='') as out:
    writer = csv.writer(out)
    writer.writerow(['formula', 'band_gap'])
    writer.writerows(r for r in full if r[0] not in test)
