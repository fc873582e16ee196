"""The pandas side of bench/gaps/bench.mjs: the same synthetic panel, targets, match and measures, vectorised.

Run by bench.mjs with Debian's /usr/bin/python3 (python3-pandas). Prints one JSON line with timings (seconds),
peak memory (ru_maxrss, MB) and status counts, so the two sides can be compared and cross-checked.
"""

import json
import resource
import sys
import time

import numpy as np
import pandas as pd

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
N_REGIONS = max(1, round(2844 * SCALE))
N_INDUSTRIES = 40
MONTHLY_INDUSTRIES = 28
YEARS = np.arange(2015, 2025)
N_TARGETS = max(1, round(100_000 * SCALE))
AS_OF = 2022
ON_TRACK, ACCELERATION = 0.95, 0.6


def panel():
    r = np.repeat(np.arange(N_REGIONS), N_INDUSTRIES)
    i = np.tile(np.arange(N_INDUSTRIES), N_REGIONS)
    base = 1e8 * (1 + ((r * 7919 + i * 104729) % 1000))
    g = 0.9 + ((r * 31 + i * 17) % 40) / 100
    frames = []
    for monthly in (True, False):
        sel = (i < MONTHLY_INDUSTRIES) if monthly else (i >= MONTHLY_INDUSTRIES)
        rs, is_, bs, gs = r[sel], i[sel], base[sel], g[sel]
        months = np.arange(1, 13) if monthly else np.array([12])
        per = len(YEARS) * len(months)
        year = np.tile(np.repeat(YEARS, len(months)), len(rs))
        month = np.tile(np.tile(months, len(YEARS)), len(rs))
        rr = np.repeat(rs, per)
        ii = np.repeat(is_, per)
        value = np.repeat(bs, per) * np.power(np.repeat(gs, per), year - 2015) * (month / 12)
        growth = (np.repeat(gs, per) - 1) * 100
        frames.append(
            pd.DataFrame(
                {
                    "region": rr.astype(np.int32),
                    "industry": ii.astype(np.int8),
                    "year": year.astype(np.int16),
                    "month": month.astype(np.int8),
                    "full_year": month == 12,
                    "value": value,
                    "growth_pct": growth,
                }
            )
        )
    # monthly rows are year-to-date: the December row is the full year; annual rows carry month 12
    return pd.concat(frames, ignore_index=True)


def targets():
    k = np.arange(N_TARGETS)
    r = k % N_REGIONS
    i = (k * 7) % N_INDUSTRIES
    kind = np.where(k % 5 < 3, "level", np.where(k % 5 == 3, "growth", "multiple"))
    start = 2018 + (k % 3)
    deadline = start + 3 + ((k // 3) % 3)
    gdead = 2016 + (k % 7)
    base2015 = 1e8 * (1 + ((r * 7919 + i * 104729) % 1000))
    factor = 1.2 + ((k * 13) % 14) / 10
    value = np.where(kind == "level", base2015 * factor, np.where(kind == "growth", 5 + (k % 11), 2.0))
    return pd.DataFrame(
        {
            "target": k,
            "region": r.astype(np.int32),
            "industry": i.astype(np.int8),
            "kind": kind,
            "value": value,
            "start": np.where(kind == "growth", gdead, start),
            "deadline": np.where(kind == "growth", gdead, deadline),
            "base_year": np.where(kind == "growth", gdead - 1, start - 1),
        }
    )


def judge(df, tg):
    full = df[df["full_year"]]
    # judged year: the deadline once passed, else the latest year up to AS_OF (every year exists in this panel)
    tg = tg.assign(t=np.minimum(tg["deadline"], AS_OF))
    keys = ["region", "industry"]
    cur = full[keys + ["year", "value", "growth_pct"]]
    m = tg.merge(cur, left_on=keys + ["t"], right_on=keys + ["year"], how="left")
    m = m.merge(
        cur[keys + ["year", "value"]].rename(columns={"year": "base_year", "value": "base_value"}),
        on=keys + ["base_year"],
        how="left",
    )
    # the series as a (region, industry) × year matrix, for the time-weighted regression (missing years = NaN)
    wide = full.set_index(keys + ["year"])["value"].unstack("year")
    years = wide.columns.to_numpy()
    pos = wide.index.get_indexer(pd.MultiIndex.from_arrays([m["region"], m["industry"]]))
    growth = m["kind"].to_numpy() == "growth"
    multiple = m["kind"].to_numpy() == "multiple"
    A = np.where(growth, 1 + m["growth_pct"] / 100, m["value_y"])
    B = np.where(growth, 1.0, m["base_value"])
    T = np.where(growth, 1 + m["value_x"] / 100, np.where(multiple, 2 * m["base_value"], m["value_x"]))
    shown_a = np.where(growth, m["growth_pct"], m["value_y"])
    shown_t = np.where(growth, m["value_x"], T)
    t0 = m["base_year"].to_numpy()
    t = m["t"].to_numpy()
    Y = m["deadline"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        attainment = 1 + (shown_a - shown_t) / np.abs(shown_t)
        tau = (t - t0) / (Y - t0)
        pi_lin = (A - B) / (T - B)
        pi_geo = np.log(A / B) / np.log(T / B)
        cagr_obs = (A / B) ** (1 / (t - t0)) - 1
        cagr_req = (T / B) ** (1 / (Y - t0)) - 1
        cagr_rem = np.where(Y > t, (T / A) ** (1 / (Y - t)) - 1, np.nan)
        R = cagr_obs / np.abs(cagr_req)
        projection = A * (1 + cagr_obs) ** (Y - t)
        years_ahead = t0 + pi_geo * (Y - t0) - t
        eta = np.where(Y > t, t + np.log(T / A) / np.log(1 + cagr_obs), np.nan)
        schedule_gap = pi_geo - tau
        schedule_ratio = pi_geo / tau
        # ESCAP anticipated gap G = (T − v̂_Y)/(T − B) and E = 1 − G, from the constant-rate projection
        gap = np.where(T != B, (T - projection) / (T - B), np.nan)
        # time-weighted regression of ln(value) on x = year − t0 over t0…t, weight x + 1, ≥ 3 points, level kinds
        V = wide.to_numpy()[np.where(pos >= 0, pos, 0)]
        x = years[None, :] - t0[:, None]
        inside = (years[None, :] >= t0[:, None]) & (years[None, :] <= t[:, None]) & ~np.isnan(V) & (pos >= 0)[:, None]
        positive = np.all(~inside | (V > 0), axis=1)
        w = np.where(inside, x + 1.0, 0.0)
        ly = np.where(inside & (V > 0), np.log(np.where(V > 0, V, 1.0)), 0.0)
        sw = w.sum(axis=1)
        xm = (w * x).sum(axis=1) / sw
        ym = (w * ly).sum(axis=1) / sw
        sxx = (w * x * x).sum(axis=1) - sw * xm * xm
        b = ((w * x * ly).sum(axis=1) - sw * xm * ym) / sxx
        fit = ym + b * (Y - t0 - xm)
        fitted = ~growth & positive & (inside.sum(axis=1) >= 3) & (Y >= t) & (sxx > 1e-12)
        projection_weighted = np.where(fitted, np.exp(fit), np.nan)
        gap_weighted = np.where(T != B, (T - projection_weighted) / (T - B), np.nan)
    met = shown_a >= shown_t
    due = t >= Y
    status = np.select(
        [due & met, due, met, (R < 0) | (pi_geo < 0), R >= ON_TRACK, R >= ACCELERATION],
        ["achieved", "missed", "achieved", "regressing", "on_track", "needs_acceleration"],
        default="off_track",
    )
    achieved = status == "achieved"
    score = np.where(
        achieved,
        5.0,
        np.where(R >= 0.6, np.minimum((R - 0.6) * 2.5 / 0.35, 5), np.maximum((R - 0.6) * 2.5 / 0.6, -5)),
    )
    return pd.DataFrame(
        {
            "target": m["target"],
            "status": status,
            "attainment": attainment,
            "tau": tau,
            "progress_linear": pi_lin,
            "progress_geometric": pi_geo,
            "schedule_gap": schedule_gap,
            "schedule_ratio": schedule_ratio,
            "cagr_observed": cagr_obs,
            "cagr_required": cagr_req,
            "cagr_required_remaining": cagr_rem,
            "ratio_r": R,
            "projection": projection,
            "projection_weighted": projection_weighted,
            "anticipated_gap": gap,
            "anticipated_progress": 1 - gap,
            "anticipated_gap_weighted": gap_weighted,
            "anticipated_progress_weighted": 1 - gap_weighted,
            "years_ahead": years_ahead,
            "eta_year": eta,
            "score": score,
        }
    )


def main():
    t_start = time.perf_counter()
    df = panel()
    t_gen = time.perf_counter()
    tg = targets()
    t_tg = time.perf_counter()
    c_tg = time.process_time()
    out = judge(df, tg)
    t_end = time.perf_counter()
    c_end = time.process_time()
    counts = out["status"].value_counts().to_dict()
    print(
        json.dumps(
            {
                "rows": int(len(df)),
                "targets": int(len(tg)),
                "gaps": int(len(out)),
                "generate_s": t_gen - t_start,
                "match_judge_s": t_end - t_tg,
                "match_judge_cpu_s": c_end - c_tg,
                "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "status_counts": {k: int(v) for k, v in counts.items()},
                "score_sum": float(np.nansum(out["score"])),
                "gw_n": int(out["anticipated_gap_weighted"].notna().sum()),
                "gw_sum": float(np.nansum(out["anticipated_gap_weighted"])),
                "g_sum": float(np.nansum(out["anticipated_gap"])),
                "pandas": pd.__version__,
            }
        )
    )


if __name__ == "__main__":
    main()
