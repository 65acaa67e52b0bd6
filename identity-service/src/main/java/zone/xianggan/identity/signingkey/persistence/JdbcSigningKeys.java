package zone.xianggan.identity.signingkey.persistence;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import zone.xianggan.identity.IssuerProperties;
import zone.xianggan.identity.signingkey.application.SigningKeys;
import zone.xianggan.identity.signingkey.model.SigningKey;

@Repository
class JdbcSigningKeys implements SigningKeys {

    private final JdbcTemplate jdbc;
    private final PrivateKeyProtection protection;

    JdbcSigningKeys(JdbcTemplate jdbc, IssuerProperties properties) {
        this.jdbc = jdbc;
        this.protection = new PrivateKeyProtection(properties.keyEncryptionSecret());
    }

    @Override
    public void lockForRotation() {
        jdbc.queryForObject("SELECT id FROM signing_key_lock WHERE id = 1 FOR UPDATE", Integer.class);
    }

    @Override
    public List<SigningKey> findAll() {
        return jdbc.query("""
                SELECT kid, private_key, private_key_encryption, public_key, created_at, retired_at
                FROM signing_key ORDER BY created_at, kid""", this::key);
    }

    @Override
    public void insert(SigningKey key) {
        jdbc.update("""
                INSERT INTO signing_key (kid, private_key, private_key_encryption, public_key, created_at, retired_at,
                active) VALUES (?, ?, ?, ?, ?, ?, ?)""", key.kid(),
                protection.protect(key.kid(), key.privateKey().getEncoded()), protection.scheme(),
                key.publicKey().getEncoded(), utc(key.createdAt()), key.retiredAt() == null ? null
                        : utc(key.retiredAt()), key.isActive() ? "Y" : null);
    }

    @Override
    public void retire(SigningKey retired) {
        jdbc.update("UPDATE signing_key SET retired_at = ?, active = NULL WHERE kid = ?", utc(retired.retiredAt()),
                retired.kid());
    }

    @Override
    public int deleteRetiredBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM signing_key WHERE retired_at < ?", utc(cutoff));
    }

    private SigningKey key(ResultSet rs, int row) throws SQLException {
        String kid = rs.getString("kid");
        byte[] pkcs8 = protection.reveal(kid, rs.getBytes("private_key"), rs.getString("private_key_encryption"));
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(rs.getBytes("public_key")));
            OffsetDateTime retired = rs.getObject("retired_at", OffsetDateTime.class);
            return new SigningKey(kid, publicKey, privateKey, rs.getObject("created_at", OffsetDateTime.class)
                    .toInstant(), retired == null ? null : retired.toInstant());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing key " + kid + " cannot be read", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
