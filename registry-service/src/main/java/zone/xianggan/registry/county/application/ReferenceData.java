package zone.xianggan.registry.county.application;

import java.util.List;
import java.util.Optional;

import zone.xianggan.registry.county.model.Prefecture;
import zone.xianggan.registry.county.model.Province;

/** The provinces and prefecture-level cities the zone's units belong to. */
public interface ReferenceData {

    List<Province> provinces();

    List<Prefecture> prefectures();

    Optional<Province> province(String code);

    Optional<Prefecture> prefecture(String code);

    void add(Province province);

    void add(Prefecture prefecture);
}
