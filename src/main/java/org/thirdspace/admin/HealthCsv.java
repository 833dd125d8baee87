package org.thirdspace.admin;

import org.thirdspace.community.health.HealthReport;
import org.thirdspace.community.health.KnowledgeYield;

/** Community health as CSV (RFC 4180): {@code table,figure,value}; a hidden figure has an empty value. */
final class HealthCsv {

    private final StringBuilder csv = new StringBuilder("table,figure,value\r\n");

    private HealthCsv() {
    }

    static String of(HealthReport r) {
        HealthCsv out = new HealthCsv();
        out.row("period", "from", r.from()).row("period", "to", r.to()).row("members", "members", r.members());
        if (r.split() != null) {
            HealthReport.Split s = r.split();
            out.row("activity", "creators", s.creators()).row("activity", "contributors", s.contributors())
                    .row("activity", "readers", s.readers()).row("activity", "dormant", s.dormant())
                    .row("activity", "creator share", s.creatorShare()).row("activity", "contributor share", s.contributorShare())
                    .row("activity", "reader share", s.readerShare()).row("activity", "dormant share", s.dormantShare());
            out.row("movement", "inward", r.movement().inward()).row("movement", "outward", r.movement().outward())
                    .row("movement", "same", r.movement().same());
            HealthReport.Responses p = r.responses();
            out.row("responses", "threads", p.threads()).row("responses", "median hours to first response", p.medianHours())
                    .row("responses", "90th percentile hours", p.p90Hours()).row("responses", "unanswered at 24 h", p.unansweredAt24h())
                    .row("responses", "unanswered at 72 h", p.unansweredAt72h());
            out.row("monthly active", "share of members", r.monthlyActiveShare());
            out.row("new contributors", "count", r.newContributors().count())
                    .row("new contributors", "posted again within 30 days", r.newContributors().retained30())
                    .row("new contributors", "posted again within 90 days", r.newContributors().retained90());
            out.row("ties", "pairs across departments", r.ties().acrossDepartments())
                    .row("ties", "pairs across regions", r.ties().acrossRegions());
        }
        KnowledgeYield y = r.yield();
        out.row("knowledge yield", "threads that became artifacts", y.threadsBecameArtifacts())
                .row("knowledge yield", "artifacts", y.artifacts()).row("knowledge yield", "verified", y.verified())
                .row("knowledge yield", "due for review", y.dueForReview());
        return out.csv.toString();
    }

    private HealthCsv row(String table, String figure, Object value) {
        csv.append(table).append(',').append(figure).append(',').append(value == null ? "" : value).append("\r\n");
        return this;
    }
}
