package io.camwarden.questionnaire;

import io.camwarden.domain.Scope;
import io.camwarden.domain.questionnaire.Answer;
import io.camwarden.registry.ScopeSql;
import io.camwarden.registry.Sql;
import io.camwarden.registry.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for questionnaire answers. Reads join the information system and take the caller's scope
 * (ScopeSql.informationSystems), so an answer is visible exactly where its system is.
 */
@Repository
public class QuestionnaireRepository {

    private static final String SELECT = "SELECT a.* FROM questionnaire_answer a"
            + " JOIN information_system i ON i.id = a.information_system_id";

    private final JdbcClient jdbc;

    public QuestionnaireRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current answers of one system, in question order of the caller's choosing (by id here). */
    public List<Answer> forSystem(Scope scope, long systemId) {
        Where w = ScopeSql.informationSystems(scope, new Where().and("i.id = :id", "id", systemId));
        return jdbc.sql(SELECT + " WHERE " + w.sql() + " ORDER BY a.question_id").params(w.params())
                .query(QuestionnaireRepository::map).list();
    }

    /** Replaces the answer to one question (and with it any review of the old answer). */
    public void save(Answer a) {
        int updated = jdbc.sql("UPDATE questionnaire_answer SET questionnaire_version = :version, answer = :answer,"
                        + " evidence_reference = :evidence, note = :note, answered_by = :by, answered_at = :at,"
                        + " review = NULL, review_note = NULL, reviewed_by = NULL, reviewed_at = NULL"
                        + " WHERE information_system_id = :system AND question_id = :question")
                .params(params(a)).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO questionnaire_answer (information_system_id, question_id, questionnaire_version,"
                            + " answer, evidence_reference, note, answered_by, answered_at) VALUES (:system, :question,"
                            + " :version, :answer, :evidence, :note, :by, :at)")
                    .params(params(a)).update();
        }
    }

    public void review(long systemId, String questionId, Answer.Review review, String note, String by, Instant at) {
        jdbc.sql("UPDATE questionnaire_answer SET review = :review, review_note = :note, reviewed_by = :by,"
                        + " reviewed_at = :at WHERE information_system_id = :system AND question_id = :question")
                .param("review", review.name()).param("note", note).param("by", by).param("at", Sql.utc(at))
                .param("system", systemId).param("question", questionId).update();
    }

    private static java.util.Map<String, Object> params(Answer a) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("system", a.informationSystemId());
        m.put("question", a.questionId());
        m.put("version", a.questionnaireVersion());
        m.put("answer", a.answer());
        m.put("evidence", a.evidenceReference());
        m.put("note", a.note());
        m.put("by", a.answeredBy());
        m.put("at", Sql.utc(a.answeredAt()));
        return m;
    }

    static Answer map(ResultSet rs, int n) throws SQLException {
        String review = rs.getString("review");
        return new Answer(rs.getLong("information_system_id"), rs.getString("question_id"),
                rs.getInt("questionnaire_version"), rs.getString("answer"), rs.getString("evidence_reference"),
                rs.getString("note"), rs.getString("answered_by"), Sql.instant(rs, "answered_at"),
                review == null ? null : Answer.Review.valueOf(review), rs.getString("review_note"),
                rs.getString("reviewed_by"), Sql.instant(rs, "reviewed_at"));
    }
}
