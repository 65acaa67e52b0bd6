package zone.xianggan.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    /** Microseconds: what PostgreSQL keeps, so that an answer shows the instant a later read returns. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /**
     * How client secrets are hashed: bcrypt, behind Spring Security's delegating encoder, so that a stored hash names
     * its algorithm ({@code {bcrypt}...}) and a later change of algorithm still reads the old ones.
     */
    @Bean
    PasswordEncoder clientSecretEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
