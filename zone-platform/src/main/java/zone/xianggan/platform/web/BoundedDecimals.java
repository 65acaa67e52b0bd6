package zone.xianggan.platform.web;

import java.math.BigDecimal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

import zone.xianggan.kernel.domain.Decimals;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.Violation;

/**
 * Reads every {@link BigDecimal} of a JSON request from the number's text, through {@link Decimals}: a number the
 * zone cannot hold ({@code 1E+10000000}) is refused before it is built, and the problem detail names the JSON
 * property (422; the path comes from Jackson). A number may also be sent as text ({@code "58.3"}), as Jackson allows.
 */
final class BoundedDecimals extends StdScalarDeserializer<BigDecimal> {

    BoundedDecimals() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                || token == JsonToken.VALUE_STRING) {
            String text = parser.getString();
            if (token == JsonToken.VALUE_STRING && text.isBlank()) {
                return null;
            }
            String problem = Decimals.formProblem(text);
            if (problem != null) {
                // The field is named from the path Jackson adds on its way out. A number too long or too large is
                // well-formed but invalid (422); text that writes no number at all is malformed (400).
                Violation violation = Violation.of("body", problem, text);
                throw Decimals.isShapedLikeANumber(text) ? new InvalidInputException(violation)
                        : new MalformedInputException(violation);
            }
            return new BigDecimal(text.strip());
        }
        return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
    }
}
