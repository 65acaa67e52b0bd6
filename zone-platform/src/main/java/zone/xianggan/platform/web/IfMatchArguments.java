package zone.xianggan.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.context.request.NativeWebRequest;

/** Gives a change the {@link IfMatch} its caller sent; read as a version only when the controller asks. */
class IfMatchArguments extends ControllerArguments<IfMatch> {

    IfMatchArguments() {
        super(IfMatch.class);
    }

    @Override
    IfMatch read(NativeWebRequest request, MethodParameter parameter) {
        return new IfMatch(request.getHeader(IfMatch.HEADER));
    }
}
