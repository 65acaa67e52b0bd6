package zone.xianggan.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The zone's issuer: agencies as OAuth 2 clients, their tokens, the keys that sign them, their Kafka rights. */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(IssuerProperties.class)
public class IdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityApplication.class, args);
    }
}
