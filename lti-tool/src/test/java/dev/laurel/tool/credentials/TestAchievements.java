package dev.laurel.tool.credentials;

import dev.laurel.tool.credentials.document.AchievedResult;
import dev.laurel.tool.credentials.document.AchievementDefinition;
import dev.laurel.tool.credentials.document.AchievementDefinition.Alignment;
import dev.laurel.tool.credentials.document.AchievementDefinition.RubricCriterion;
import dev.laurel.tool.credentials.document.AchievementDefinition.RubricLevel;
import dev.laurel.tool.credentials.document.EuElements;
import dev.laurel.tool.credentials.document.EvidenceItem;
import dev.laurel.tool.credentials.document.Recipient;
import dev.laurel.tool.credentials.issuing.IssueRequest;
import java.util.List;
import java.util.UUID;

/** Achievements and issue requests shaped like the sandbox course's rubric badges. */
public final class TestAchievements {

    private TestAchievements() {
    }

    /** A micro-credential with a two-criterion rubric, ESCO and EQF alignments and every EU element. */
    public static AchievementDefinition dataAnalysis(String key) {
        List<RubricLevel> levels = List.of(new RubricLevel("novice", "Novice", "Needs guidance", 1.0),
                new RubricLevel("proficient", "Proficient", "Works independently", 2.0),
                new RubricLevel("expert", "Expert", "Teaches others", 3.0));
        return new AchievementDefinition(key, "Data Analysis Fundamentals",
                "Cleans, explores and visualises tabular data.",
                "Reach Proficient or better on both rubric criteria of the final project.",
                "https://laurel.example/images/data-analysis.png", "MicroCredential",
                List.of(Alignment.esco("analyse data", "http://data.europa.eu/esco/skill/8fc9a7b3-0e4c-4e06-9c6b-2b8c5b0e5e8a"),
                        Alignment.eqfLevel(5)),
                List.of(new RubricCriterion("cleaning", "Data cleaning", levels, "proficient"),
                        new RubricCriterion("visualisation", "Visualisation", levels, "proficient")),
                25.0, "DAF-101", "Data science", "en",
                new EuElements(1.0, 25.0, "project", null, "online", "internal", "Reviewed by the faculty board",
                        "https://laurel.example/qa", "Basic spreadsheet skills", "unsupervised-no-id-check", "stackable"));
    }

    public static IssueRequest request(String achievementKey, String learner) {
        return new IssueRequest(null, dataAnalysis(achievementKey), new Recipient(learner, learner + "@example.edu", null),
                List.of(new AchievedResult("cleaning", "proficient"), new AchievedResult("visualisation", "expert")),
                List.of(new EvidenceItem("https://lms.example/submissions/42", "Final project", "A cleaned dataset and dashboard.", null)),
                null, null);
    }

    public static String uniqueKey() {
        return "daf-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
