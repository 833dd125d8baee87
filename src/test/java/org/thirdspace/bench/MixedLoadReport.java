package org.thirdspace.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** target/benchmarks/mixed-load.md and .json: the mix per request kind, one node against two, and the soak. */
final class MixedLoadReport {

    private MixedLoadReport() {
    }

    static void write(Path out, List<MixedLoadBenchmark.Run> runs, Soak.Report soak, double speedBefore, double speedAfter,
                      String loadBefore, String loadAfter) throws Exception {
        StringBuilder md = new StringBuilder("# Mixed-load benchmark\n\n")
                .append(String.format(Locale.ROOT, "%,d members of a generated community on PostgreSQL, each launching from their course"
                                + " (a signed LTI launch) and then, %d requests a turn: read the feed 35 %%, open a thread 30 %%, search"
                                + " 15 %%, react 15 %%, post a reply 5 %%; %d virtual users taking the members in turn, %d s measured"
                                + " after a warm-up with other members (%d s per node, then until every node's JIT uses under %.0f ms of CPU a"
                                + " second, at most %d minutes more). Client, servers, nginx and PostgreSQL share this machine's"
                                + " %d cores.%n%n", MixedLoadBenchmark.MEMBERS, MixedLoad.ACTIONS_PER_TURN,
                        MixedLoadBenchmark.VIRTUAL_USERS, Long.getLong("thirdspace.bench.mixed.seconds", 120),
                        Long.getLong("thirdspace.bench.mixed.warmup", 30), JitSettling.SETTLED_MILLIS_PER_SECOND,
                        MixedLoadBenchmark.SETTLING_AT_MOST.toMinutes(), Runtime.getRuntime().availableProcessors()))
                .append(String.format(Locale.ROOT, "Host yardstick: one RSA-2048 signature %.3f ms before, %.3f ms after (about 1.07 ms"
                        + " on a quiet host). Load average (1, 5, 15 min) %s before, %s after.%n", speedBefore, speedAfter, loadBefore, loadAfter));
        StringBuilder json = new StringBuilder(String.format(Locale.ROOT,
                "{\"benchmark\":\"mixed-load\",\"members\":%d,\"virtualUsers\":%d,\"rsaSignatureMillis\":{\"before\":%.3f,\"after\":%.3f},"
                        + "\"loadAverage\":{\"before\":\"%s\",\"after\":\"%s\"},\"runs\":[", MixedLoadBenchmark.MEMBERS,
                MixedLoadBenchmark.VIRTUAL_USERS, speedBefore, speedAfter, loadBefore, loadAfter));
        for (MixedLoadBenchmark.Run run : runs) {
            MixedLoad.Result r = run.result();
            md.append(String.format(Locale.ROOT, "%n## %s%n%nCommunity seeded in %d s; warmed up for %d s (the busiest node's JIT then"
                            + " at %.1f ms/s); %d of the members launched. %.1f requests/s in all, %d errors; server CPU"
                            + " %.2f ms per request (%s; of which the JIT %.2f ms), whole machine %.2f ms; max heap used %s MB, max RSS %s MB"
                            + " (per node).%n%n",
                    run.name(), run.seededSeconds(), run.settling().seconds(), run.settling().jitMillisPerSecond(), run.load().launched(),
                    r.perSecond(), r.errors(), run.serverCpuPerRequest(), run.nodes() == 1 ? "the node" : "both nodes",
                    run.jitPerRequest(), run.machineCpuPerRequest(), megabytes(run.maxHeapBytes()),
                    megabytes(run.maxRssBytes())))
                    .append("| request | requests/s | requests | errors | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|---|\n");
            json.append(String.format(Locale.ROOT, "%s{\"name\":\"%s\",\"nodes\":%d,\"membersLaunched\":%d,\"seconds\":%.1f,\"perSecond\":%.1f,\"errors\":%d,"
                            + "\"serverCpuMillisPerRequest\":%.3f,\"jitMillisPerRequest\":%.3f,\"machineCpuMillisPerRequest\":%.3f,"
                            + "\"warmUpSeconds\":%d,\"maxHeapBytes\":%s,\"maxRssBytes\":%s,"
                            + "\"kinds\":[", json.charAt(json.length() - 1) == '[' ? "" : ",", run.name(), run.nodes(), run.load().launched(), r.seconds(),
                    r.perSecond(), r.errors(), run.serverCpuPerRequest(), run.jitPerRequest(), run.machineCpuPerRequest(),
                    run.settling().seconds(), run.maxHeapBytes(), run.maxRssBytes()));
            for (MixedLoad.KindResult k : r.kinds()) {
                md.append(String.format(Locale.ROOT, "| %s | %.1f | %d | %d | %.1f | %.1f | %.1f |%n", k.kind().label, k.perSecond(),
                        k.requests(), k.errors(), k.p50(), k.p95(), k.p99()));
                json.append(String.format(Locale.ROOT, "%s{\"kind\":\"%s\",\"perSecond\":%.1f,\"requests\":%d,\"errors\":%d,\"p50\":%s,"
                                + "\"p95\":%s,\"p99\":%s}", json.charAt(json.length() - 1) == '[' ? "" : ",", k.kind().label, k.perSecond(),
                        k.requests(), k.errors(), number(k.p50()), number(k.p95()), number(k.p99())));
            }
            json.append("]}");
        }
        json.append("]");
        if (soak != null) {
            md.append(String.format(Locale.ROOT, "%n## Soak, one node%n%n%d minutes at a paced %.1f requests/s with the same members;"
                            + " %d errors. Live heap slope %.2f MB/minute: memory %s. p95 of the first %d minute(s) %.1f ms, of the last"
                            + " %.1f ms: latency %s.%n%n| minute | requests | errors | p95 ms | live heap MB | RSS MB |%n|---|---|---|---|---|---|%n",
                    soak.minutes().size(), soak.ratePerSecond(), soak.errors(), soak.heapSlopeBytesPerMinute() / (1 << 20),
                    soak.memoryFlat() ? "flat" : "GROWING", soak.window(), soak.firstP95(), soak.lastP95(),
                    soak.latencySteady() ? "steady" : "GROWING"));
            json.append(String.format(Locale.ROOT, ",\"soak\":{\"ratePerSecond\":%.1f,\"errors\":%d,\"heapSlopeBytesPerMinute\":%.0f,"
                            + "\"memoryFlat\":%b,\"firstP95\":%s,\"lastP95\":%s,\"latencySteady\":%b,\"minutes\":[", soak.ratePerSecond(),
                    soak.errors(), soak.heapSlopeBytesPerMinute(), soak.memoryFlat(), number(soak.firstP95()), number(soak.lastP95()),
                    soak.latencySteady()));
            for (Soak.Minute m : soak.minutes()) {
                md.append(String.format(Locale.ROOT, "| %d | %d | %d | %.1f | %d | %d |%n", m.minute(), m.requests(), m.errors(), m.p95(),
                        m.liveHeapBytes() >> 20, m.rssBytes() >> 20));
                json.append(String.format(Locale.ROOT, "%s{\"minute\":%d,\"requests\":%d,\"errors\":%d,\"p95\":%s,\"liveHeapBytes\":%d,"
                                + "\"rssBytes\":%d}", m.minute() == 1 ? "" : ",", m.minute(), m.requests(), m.errors(), number(m.p95()),
                        m.liveHeapBytes(), m.rssBytes()));
            }
            json.append("]}");
        } else {
            md.append("\nNo soak (`-Dthirdspace.bench.soak.minutes=30` runs one).\n");
        }
        json.append("}\n");
        Files.writeString(out.resolve("mixed-load.md"), md);
        Files.writeString(out.resolve("mixed-load.json"), json);
        System.out.println(md);
    }

    private static String megabytes(List<Long> bytes) {
        return bytes.stream().map(b -> String.valueOf(b >> 20)).collect(Collectors.joining(" / "));
    }

    /** JSON has no NaN: a kind without a single answered request has no percentiles. */
    private static String number(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.2f", value);
    }
}
