package zone.xianggan.identity.token;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import zone.xianggan.identity.IssuerProperties;
import zone.xianggan.identity.agency.application.Agencies;
import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.kernel.access.AgencyClaims;
import zone.xianggan.kernel.access.Scope;

/**
 * The agencies as Spring Authorization Server's clients, read from the agency table on every token request, so that
 * a disablement or a new secret takes effect at once. Each may use the client-credentials grant only, authenticating
 * with its secret (HTTP Basic or form), and gets self-contained JWTs carrying its scopes. A disabled agency is no
 * client at all: its token request fails as {@code invalid_client}, like an unknown one's.
 */
class AgencyClients implements RegisteredClientRepository {

    static final String KIND = "zone.agency." + AgencyClaims.KIND;
    static final String UNIT = "zone.agency." + AgencyClaims.UNIT;
    static final String PROVINCE = "zone.agency." + AgencyClaims.PROVINCE;

    private static final Logger log = LoggerFactory.getLogger(AgencyClients.class);

    private final Agencies agencies;
    private final TokenSettings tokens;

    AgencyClients(Agencies agencies, IssuerProperties properties) {
        this.agencies = agencies;
        this.tokens = TokenSettings.builder().accessTokenTimeToLive(properties.tokenLifetime())
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED).build();
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return enabled(clientId).map(this::client).orElse(null);
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    /**
     * Spring calls this only to store a secret's hash again in a newer encoding after a successful login. Agencies
     * change only through their use cases, with a version and a history entry; a secret's next rotation stores the
     * current encoding.
     */
    @Override
    public void save(RegisteredClient registeredClient) {
        log.debug("Not re-encoding the secret hash of {}", registeredClient.getClientId());
    }

    private Optional<AgencyAccount> enabled(String clientId) {
        return clientId == null ? Optional.empty() : agencies.find(clientId).filter(AgencyAccount::enabled);
    }

    private RegisteredClient client(AgencyAccount agency) {
        ClientSettings.Builder settings = ClientSettings.builder().requireProofKey(false)
                .requireAuthorizationConsent(false).setting(KIND, agency.kind().name());
        if (agency.unit() != null) {
            settings.setting(UNIT, agency.unit());
        }
        if (agency.province() != null) {
            settings.setting(PROVINCE, agency.province());
        }
        return RegisteredClient.withId(agency.id())
                .clientId(agency.id())
                .clientIdIssuedAt(agency.createdAt())
                .clientSecret(agency.secretHash())
                .clientName(agency.names().en())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> agency.scopes().stream().map(Scope::value).forEach(scopes::add))
                .tokenSettings(tokens)
                .clientSettings(settings.build())
                .build();
    }
}
