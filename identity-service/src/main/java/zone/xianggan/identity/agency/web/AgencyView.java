package zone.xianggan.identity.agency.web;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Scope;

/** An agency as the API shows it: never its secret's hash; its secret only in the answer that issued it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AgencyView(
        @Schema(description = "The agency id: its OAuth 2 client id, its tokens' sub, its Kafka principal") String id,
        AgencyKind kind,
        @Schema(description = "The county code of a unit agency's unit") String unit,
        @Schema(description = "The province code of a provincial DRC") String province,
        String nameZh,
        String nameEn,
        List<String> scopes,
        @Schema(description = "The event topics a subscriber may read") List<String> topics,
        boolean enabled,
        Instant secretRotatedAt,
        long version,
        Instant createdAt,
        String createdBy,
        Instant changedAt,
        String changedBy,
        @Schema(description = "The client secret, shown only in the answer that issued it: keep it now")
        String clientSecret) {

    static AgencyView of(AgencyAccount account) {
        return of(account, null);
    }

    static AgencyView of(AgencyAccount account, String clientSecret) {
        return new AgencyView(account.id(), account.kind(), account.unit(), account.province(), account.names().zh(),
                account.names().en(), new TreeSet<>(account.scopes().stream().map(Scope::value).toList()).stream()
                        .toList(), new TreeSet<>(account.topics()).stream().toList(), account.enabled(),
                account.secretRotatedAt(), account.version(), account.createdAt(), account.createdBy(),
                account.changedAt(), account.changedBy(), clientSecret);
    }

    @Override
    public String toString() {
        return "AgencyView[" + id + ", v" + version + "]";
    }
}
