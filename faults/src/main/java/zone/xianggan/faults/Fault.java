package zone.xianggan.faults;

import java.util.List;

import zone.xianggan.events.Topics;

/** One fault the suite injects into the running cluster, and how the cluster is given back what it took. */
enum Fault {

    KILL_LEADER_BROKER("kill -9 the broker leading registry.counties.v1's first partition") {
        @Override
        Recovery inject(ClusterFaults faults) {
            String leader = faults.leaderOf(Topics.REGISTRY_COUNTIES_V1);
            faults.kill(leader);
            return () -> faults.start(leader);
        }
    },
    PAUSE_BROKER("pause the broker leading indicators.values.v1's first partition (docker pause)") {
        @Override
        Recovery inject(ClusterFaults faults) {
            String leader = faults.leaderOf(Topics.INDICATORS_VALUES_V1);
            faults.pause(leader);
            return () -> faults.unpause(leader);
        }
    },
    CUT_OFF_BROKER("cut kafka-3 off the network (docker network disconnect)") {
        @Override
        Recovery inject(ClusterFaults faults) {
            String network = faults.disconnect("kafka-3");
            return () -> faults.reconnect("kafka-3", network);
        }
    },
    KILL_SERVICE_INSTANCES("kill -9 one instance of each service, in the middle of its requests") {
        @Override
        Recovery inject(ClusterFaults faults) {
            List<String> instances = List.of("registry-service-2", "indicators-service-1", "cooperation-service-2");
            instances.forEach(faults::kill);
            return () -> instances.forEach(faults::start);
        }
    },
    RESTART_POSTGRES("stop PostgreSQL (a fast shutdown), then start it again") {
        @Override
        Recovery inject(ClusterFaults faults) {
            faults.stop("postgres");
            return () -> faults.start("postgres");
        }
    };

    private final String description;

    Fault(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** Injects the fault; what it returns undoes it. */
    abstract Recovery inject(ClusterFaults faults);

    interface Recovery {
        void recover();
    }
}
