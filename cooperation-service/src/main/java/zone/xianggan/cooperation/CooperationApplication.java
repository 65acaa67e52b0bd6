package zone.xianggan.cooperation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CooperationApplication {

    public static void main(String[] args) {
        SpringApplication.run(CooperationApplication.class, args);
    }
}
