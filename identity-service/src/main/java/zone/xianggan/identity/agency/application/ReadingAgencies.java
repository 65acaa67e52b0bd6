package zone.xianggan.identity.agency.application;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.AgencyRules;
import zone.xianggan.identity.agency.model.ChangeType;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.domain.NotFoundException;

/** The zone office and the operator read the register of agencies, their rights and their histories. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReadingAgencies {

    private final Agencies agencies;

    public List<AgencyAccount> list(AgencyKind kind, Caller caller) {
        AgencyRules.requireReader(caller.agency());
        return agencies.findAll(kind);
    }

    public AgencyAccount get(String id, Caller caller) {
        AgencyRules.requireReader(caller.agency());
        return agencies.find(id).orElseThrow(() -> new NotFoundException("agency", id));
    }

    public List<HistoryEntry<ChangeType>> history(String id, Caller caller) {
        AgencyAccount account = get(id, caller);
        return agencies.history(account.id());
    }
}
