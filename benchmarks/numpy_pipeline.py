#!/usr/bin/python3
"""The generic MCDA pipeline of MatrixPipelineBenchmarks.EntropyMinMaxSumRank in vectorised numpy (issue 14).

Entropy weights on the raw n x 6 matrix, min-max normalisation (sixth column lower-is-better), weighted sum, competition
ranks (1-2-2-4, highest total first). Same distribution as the C# benchmark: uniform [0, 1000) with 3 decimals.

Run with Debian's numpy, in the same session as the BenchmarkDotNet run (docs/benchmarks.md):
    /usr/bin/python3 benchmarks/numpy_pipeline.py --rows 1000000 --runs 15
Prints the median, min and max wall time of --runs runs after one warm-up.
"""
import argparse
import statistics
import time

import numpy as np


def pipeline(x, lower):
    n = x.shape[0]
    # entropy weights: p_ij = x_ij / sum_i x_ij, e_j = -sum p ln p / ln n, w = (1 - e) / sum(1 - e)
    p = x / x.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(p > 0, p * np.log(p), 0.0)
    e = -plogp.sum(axis=0) / np.log(n)
    d = 1.0 - e
    w = d / d.sum()
    # min-max (a cost column reversed)
    lo = x.min(axis=0)
    hi = x.max(axis=0)
    t = (x - lo) / (hi - lo)
    t[:, lower] = (hi[lower] - x[:, lower]) / (hi[lower] - lo[lower])
    totals = t @ w
    # competition ranks: 1 + number of strictly greater totals
    neg = -totals
    ranks = np.searchsorted(np.sort(neg), neg, side="left") + 1
    return w, totals, ranks


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    rng = np.random.default_rng(20251231)
    x = np.round(rng.random((args.rows, 6)) * 1000, 3)
    lower = np.array([False] * 5 + [True])
    pipeline(x, lower)  # warm-up
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        pipeline(x, lower)
        times.append((time.perf_counter() - start) * 1000)
    print(f"numpy {np.__version__}, {args.rows} x 6, {args.runs} runs: median {statistics.median(times):.1f} ms, "
          f"min {min(times):.1f} ms, max {max(times):.1f} ms")


if __name__ == "__main__":
    main()
