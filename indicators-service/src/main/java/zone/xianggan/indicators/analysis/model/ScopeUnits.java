package zone.xianggan.indicators.analysis.model;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A scope resolved against the registry: the units it holds now. */
public record ScopeUnits(Scope scope, Set<String> units) {

    public ScopeUnits {
        units = new TreeSet<>(units);
    }

    public List<String> sorted() {
        return List.copyOf(units);
    }
}
