package io.camwarden.findings;

import io.camwarden.domain.check.RemediationSla;
import io.camwarden.domain.check.Severity;
import io.camwarden.registry.Sql;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the remediation deadlines per severity (GOV-05). */
@Repository
public class RemediationSlaRepository {

    private final JdbcClient jdbc;

    public RemediationSlaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RemediationSla> list() {
        return jdbc.sql("SELECT * FROM remediation_sla").query((rs, n) -> new RemediationSla(
                Severity.valueOf(rs.getString("severity")), rs.getInt("days"), rs.getString("set_by"),
                Sql.instant(rs, "set_at"))).list().stream()
                .sorted((a, b) -> b.severity().rank() - a.severity().rank()).toList();
    }

    public void set(RemediationSla s) {
        int n = jdbc.sql("UPDATE remediation_sla SET days = :days, set_by = :by, set_at = :at WHERE severity = :severity")
                .param("days", s.days()).param("by", s.setBy()).param("at", Sql.utc(s.setAt()))
                .param("severity", s.severity().name()).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO remediation_sla (severity, days, set_by, set_at) VALUES (:severity, :days, :by, :at)")
                    .param("days", s.days()).param("by", s.setBy()).param("at", Sql.utc(s.setAt()))
                    .param("severity", s.severity().name()).update();
        }
    }

    public boolean delete(Severity severity) {
        return jdbc.sql("DELETE FROM remediation_sla WHERE severity = :severity").param("severity", severity.name())
                .update() > 0;
    }
}
