package zone.xianggan.platform.security;

import zone.xianggan.kernel.access.Scope;

/** The Spring Security authority a scope becomes, as Spring's own converter names it. */
final class ZoneAuthorities {

    private ZoneAuthorities() {
    }

    static String scope(Scope scope) {
        return "SCOPE_" + scope.value();
    }
}
