package zone.xianggan.registry.county.web;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.platform.web.Pages;
import zone.xianggan.registry.county.application.ReadingCounties;
import zone.xianggan.registry.county.model.Prefecture;
import zone.xianggan.registry.county.model.Province;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Provinces and prefectures", description = "The two provinces and nine prefecture-level cities of "
        + "the zone's units")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReferenceDataController {

    private final ReadingCounties reading;

    @GetMapping("/provinces")
    ResponseEntity<List<Province>> provinces(PageRequest page) {
        return Pages.of(reading.provinces(), Province::code, page);
    }

    @GetMapping("/prefectures")
    ResponseEntity<List<Prefecture>> prefectures(PageRequest page) {
        return Pages.of(reading.prefectures(), Prefecture::code, page);
    }
}
