package zone.xianggan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneIssuer;

/** identity-service as an agency's system meets it over HTTP: its token endpoint, its JWKS, its seeded secrets. */
public final class Issuer {

    private final ZoneHttp http;
    private final ZoneIssuer seeded;
    private final Map<String, String> remembered = new HashMap<>();

    private Issuer(ZoneHttp http, ZoneIssuer seeded) {
        this.http = http;
        this.seeded = seeded;
    }

    /**
     * The running issuer at {@code port}, with the seeded secrets from its credentials file. Requests carry no token
     * but the one they name ({@link #bearer}), always a fresh one of this issuer.
     */
    public static Issuer at(int port, Path credentialsFile) {
        String url = "http://127.0.0.1:" + port;
        return new Issuer(ZoneHttp.at(url).anonymous(), ZoneIssuer.attach(url, credentialsFile));
    }

    public ZoneHttp http() {
        return http;
    }

    /** The secret the API last issued to the agency here, else its seeded one. */
    public String secret(String agency) {
        String issued = remembered.get(agency);
        return issued != null ? issued : seeded.secret(agency);
    }

    /** Remembers a secret the API issued, so that {@link #token(String)} uses it. */
    public void remember(String agency, String secret) {
        remembered.put(agency, secret);
    }

    /** A token request with HTTP Basic client authentication, and the form fields given as name, value pairs. */
    public ZoneHttp.Response requestToken(String clientId, String secret, String... form) {
        StringBuilder body = new StringBuilder("grant_type=client_credentials");
        for (int i = 0; i + 1 < form.length; i += 2) {
            body.append('&').append(form[i]).append('=').append(form[i + 1]);
        }
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpMethod.POST, "/oauth2/token", MediaType.APPLICATION_FORM_URLENCODED, body.toString(),
                "Authorization", "Basic " + basic);
    }

    /** A fresh access token of a seeded (or remembered) agency. */
    public String token(String agency) {
        ZoneHttp.Response response = requestToken(agency, secret(agency));
        assertThat(response.status()).as("token for %s: %s", agency, response).isEqualTo(200);
        return response.json("$.access_token");
    }

    public String[] bearer(String agency, String... more) {
        String[] headers = new String[2 + more.length];
        headers[0] = "Authorization";
        headers[1] = "Bearer " + token(agency);
        System.arraycopy(more, 0, headers, 2, more.length);
        return headers;
    }

    public JWKSet jwks() {
        ZoneHttp.Response response = http.get("/oauth2/jwks");
        assertThat(response.status()).isEqualTo(200);
        try {
            return JWKSet.parse(response.body());
        } catch (ParseException e) {
            throw new AssertionError("not a JWK set: " + response.body(), e);
        }
    }

    /** The token's claims once its signature has been checked against the JWKS as now published. */
    public static JWTClaimsSet verified(String token, JWKSet jwks) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWK key = jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
            assertThat(key).as("the JWKS publishes key %s", jwt.getHeader().getKeyID()).isNotNull();
            JWSVerifier verifier = new RSASSAVerifier(key.toRSAKey());
            assertThat(jwt.verify(verifier)).as("signature of %s", jwt.getHeader().getKeyID()).isTrue();
            return jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw new AssertionError(e);
        }
    }

    public static String kid(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }
}
