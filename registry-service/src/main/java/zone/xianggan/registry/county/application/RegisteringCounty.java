package zone.xianggan.registry.county.application;

import java.time.Clock;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.InvalidInputException;
import zone.xianggan.kernel.domain.Reason;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.registry.county.model.ChangeType;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.county.model.CountyDetails;
import zone.xianggan.registry.county.model.CountyPolicy;
import zone.xianggan.registry.county.model.Prefecture;

/** An agency enters a county-level unit the registry does not hold yet (after an administrative change, say). */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegisteringCounty {

    private final Counties counties;
    private final ReferenceData reference;
    private final CountyChanges changes;
    private final Clock clock;

    @Transactional
    public County register(RegisterCounty command, Caller caller) {
        CountyCode code = CountyCode.parse("code", command.code());
        CountyPolicy.requireMayChange(caller.agency(), code);
        CountyDetails details = new CountyDetails(command.nameZh(), command.nameEn(), command.kind());
        String reason = Reason.optional(command.reason());
        Prefecture prefecture = prefectureOf(code, command);
        if (counties.find(code).isPresent()) {
            throw new ConflictException("unit " + code + " is already registered");
        }
        County county = County.register(code, details, prefecture, Set.of(), clock.instant(), caller.actor());
        changes.recordNew(county, ChangeType.REGISTERED, reason);
        return county;
    }

    private Prefecture prefectureOf(CountyCode code, RegisterCounty command) {
        if (command.provinceCode() != null && !command.provinceCode().equals(code.provinceCode())) {
            throw new InvalidInputException(Violation.of("provinceCode", "the first two digits of " + code
                    + " are those of province " + code.provinceCode(), command.provinceCode()));
        }
        if (reference.province(code.provinceCode()).isEmpty()) {
            throw new InvalidInputException(Violation.of("code", "province " + code.provinceCode()
                    + " is not in the zone (430000 Hunan, 360000 Jiangxi)", code.value()));
        }
        if (command.prefectureCode() != null && !command.prefectureCode().equals(code.prefectureCode())) {
            throw new InvalidInputException(Violation.of("prefectureCode", "the first four digits of " + code
                    + " are those of prefecture " + code.prefectureCode(), command.prefectureCode()));
        }
        return reference.prefecture(code.prefectureCode())
                .orElseThrow(() -> new InvalidInputException(Violation.of("code", "prefecture-level city "
                        + code.prefectureCode() + " is not in the registry", code.value())));
    }
}
