package zone.xianggan.replica;

import zone.xianggan.events.registry.CountySnapshot;

/** The filters of {@code GET /api/v1/counties}; a null filter matches everything. */
public record ReplicaFilter(String province, String prefecture, String cluster, String kind, String status) {

    public static final ReplicaFilter ALL = new ReplicaFilter(null, null, null, null, null);

    boolean matches(CountySnapshot county) {
        return (province == null || province.equals(county.provinceCode()))
                && (prefecture == null || prefecture.equals(county.prefectureCode()))
                && (cluster == null || county.clusters().contains(cluster))
                && (kind == null || kind.equals(county.kind()))
                && (status == null || status.equals(county.status()));
    }
}
