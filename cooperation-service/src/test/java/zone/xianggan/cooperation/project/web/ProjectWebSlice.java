package zone.xianggan.cooperation.project.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

import zone.xianggan.cooperation.ZoneWebSlice;
import zone.xianggan.cooperation.project.application.ChangingProjectStatus;
import zone.xianggan.cooperation.project.application.DecidingOnProject;
import zone.xianggan.cooperation.project.application.ProposingProject;
import zone.xianggan.cooperation.project.application.ReachingMilestone;
import zone.xianggan.cooperation.project.application.ReadingProjects;
import zone.xianggan.cooperation.project.application.ResolvingReview;

/**
 * {@link ProjectController} in a web slice, its use cases mocked; one application context for every test class
 * that carries it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ZoneWebSlice(ProjectController.class)
@MockitoBean(types = { ReadingProjects.class, ProposingProject.class, DecidingOnProject.class,
        ChangingProjectStatus.class, ReachingMilestone.class, ResolvingReview.class })
@interface ProjectWebSlice {
}
