package dev.laurel.sandbox.demo;

import dev.laurel.sandbox.course.CourseRole;
import dev.laurel.sandbox.course.Courses;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Seeds the demo course "Data Analysis Fundamentals" (DAF101) once, at first start. */
@Component
class DemoCourseSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCourseSeeder.class);

    private final Courses courses;
    private final SandboxCourses builder;
    private final TransactionTemplate transactions;

    DemoCourseSeeder(Courses courses, SandboxCourses builder, TransactionTemplate transactions) {
        this.courses = courses;
        this.builder = builder;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (courses.findByLabel(DemoCourse.LABEL).isPresent()) {
            return;
        }
        transactions.executeWithoutResult(status -> seed());
        log.info("Sandbox demo course {} seeded", DemoCourse.LABEL);
    }

    private void seed() {
        builder.addUser(DemoCourse.ADMIN.givenName(), DemoCourse.ADMIN.familyName(), DemoCourse.ADMIN.email(), true);
        long courseId = builder.createEmptyCourse(DemoCourse.LABEL, DemoCourse.TITLE);
        long instructor = builder.addUser(DemoCourse.INSTRUCTOR.givenName(), DemoCourse.INSTRUCTOR.familyName(),
                DemoCourse.INSTRUCTOR.email(), false);
        builder.enrol(courseId, instructor, CourseRole.INSTRUCTOR, "Active");
        List<Long> students = new ArrayList<>();
        for (DemoCourse.Person student : DemoCourse.STUDENTS) {
            long id = builder.addUser(student.givenName(), student.familyName(), student.email(), false);
            builder.enrol(courseId, id, CourseRole.LEARNER, "Active");
            students.add(id);
        }
        for (int a = 0; a < DemoCourse.ASSIGNMENTS.size(); a++) {
            DemoCourse.AssignmentSpec spec = DemoCourse.ASSIGNMENTS.get(a);
            SandboxCourses.GradedAssignment assignment = builder.addAssignment(courseId, spec.title(), a + 1, spec.rubric());
            for (int s = 0; s < students.size(); s++) {
                List<Integer> levels = new ArrayList<>();
                for (int c = 0; c < spec.rubric().criteria().size(); c++) {
                    levels.add(DemoCourse.levelPoints(s, a, c));
                }
                builder.grade(assignment, spec.rubric(), students.get(s), levels);
            }
        }
    }
}
