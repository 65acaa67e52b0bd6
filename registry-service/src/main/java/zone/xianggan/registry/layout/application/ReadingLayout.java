package zone.xianggan.registry.layout.application;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.registry.county.application.ReadingCounties;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.layout.model.ElementKind;
import zone.xianggan.registry.layout.model.MembershipChange;
import zone.xianggan.registry.layout.model.SpatialElement;

/** The plan's spatial layout as agencies read it. */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReadingLayout {

    private final SpatialElements elements;
    private final ReadingCounties counties;

    public List<ElementWithMembers> list(ElementKind kind) {
        List<County> all = counties.all();
        return elements.findAll().stream().filter(e -> kind == null || e.kind() == kind)
                .map(element -> withMembers(element, all)).toList();
    }

    public ElementWithMembers get(String id) {
        SpatialElement element = elements.find(id).orElseThrow(() -> new NotFoundException("spatial element", id));
        return withMembers(element, counties.all());
    }

    public List<MembershipChange> history(String id) {
        get(id);
        return elements.history(id);
    }

    static ElementWithMembers withMembers(SpatialElement element, List<County> counties) {
        List<County> members = counties.stream().filter(c -> c.isMemberOf(element.id())).toList();
        return new ElementWithMembers(element,
                members.stream().filter(County::isActive).map(c -> c.code().value()).sorted().toList(),
                members.stream().filter(c -> !c.isActive()).map(c -> c.code().value()).sorted().toList());
    }
}
