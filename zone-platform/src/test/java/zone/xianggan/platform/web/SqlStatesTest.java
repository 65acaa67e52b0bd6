package zone.xianggan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** What the database refuses: a data error is the request's (422, naming the column where it can), a duplicate 409. */
class SqlStatesTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void aValueTooLongIs422NamingTheColumnH2Names() {
        ResponseEntity<Object> answer = advice.database(new DataIntegrityViolationException("insert",
                new SQLException("Value too long for column \"NAME_ZH CHARACTER VARYING(50)\"", "22001")));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(((ProblemDetail) answer.getBody()).getProperties()).containsEntry("field", "name_zh");
    }

    @Test
    void aNumericOverflowIs422EvenWhenTheDatabaseNamesNoColumn() {
        ResponseEntity<Object> answer = advice.database(new DataIntegrityViolationException("insert",
                new SQLException("ERROR: numeric field overflow", "22003")));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(((ProblemDetail) answer.getBody()).getProperties()).containsEntry("field", "body");
    }

    @Test
    void aDuplicateKeyIsStillAConflict() {
        ResponseEntity<Object> answer = advice.database(new DuplicateKeyException("insert",
                new SQLException("duplicate key value violates unique constraint", "23505")));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }
}
