package zone.xianggan.dashboard.upstream;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

import zone.xianggan.dashboard.DashboardProperties;

/**
 * The dashboard calls each service as its own agency: a client-credentials token from the zone's issuer, kept until
 * it expires and fetched again after, on every call whoever the page's visitor is.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling // UpstreamWarmUp keeps the pages' recent reads fresh
class UpstreamClients {

    /** The client registration of {@code spring.security.oauth2.client.registration.zone-dashboard}. */
    static final String REGISTRATION = "zone-dashboard";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    @Bean
    OAuth2AuthorizedClientManager dashboardAgency(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientService clients) {
        // Not the request-bound manager: a token for the dashboard's agency is the same for every visitor.
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials()
                .build());
        return manager;
    }

    @Bean
    UpstreamReads upstreamReads(OAuth2AuthorizedClientManager agency, DashboardProperties properties) {
        OAuth2ClientHttpRequestInterceptor asTheDashboard = new OAuth2ClientHttpRequestInterceptor(agency);
        asTheDashboard.setClientRegistrationIdResolver(request -> REGISTRATION);
        // A page waits for its reads: a service that does not answer within seconds is reported as such.
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT).build());
        requests.setReadTimeout(READ_TIMEOUT);
        RestClient client = RestClient.builder().requestFactory(requests).requestInterceptor(asTheDashboard).build();
        Map<Upstream, URI> bases = new EnumMap<>(Upstream.class);
        bases.put(Upstream.REGISTRY, properties.registry());
        bases.put(Upstream.INDICATORS, properties.indicators());
        bases.put(Upstream.COOPERATION, properties.cooperation());
        return new UpstreamReads(client, bases);
    }

    @Bean
    UpstreamCache upstreamCache(UpstreamReads reads) {
        return new UpstreamCache(reads, Clock.systemUTC(), Duration.ofMillis(200));
    }
}
