package io.microagents.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.offline.OfflineModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The sample service over HTTP, offline, on the embedded Temporal server (or the server at
 * TEMPORAL_ADDRESS): the gift workflow's agent beans use the injected catalog; a research run
 * is started, its questions answered (a wrong count refused), its report returned.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "server.address=127.0.0.1",
    "spring.temporal.connection.target=${TEMPORAL_ADDRESS:}",
    "microagents.openai.api-key="})
class SpringBootExampleTest {

  @Autowired TestRestTemplate http;
  @Autowired Catalog catalog;
  @Autowired OfflineModel offline;

  @Test
  void theGiftWorkflowsAgentsUseTheInjectedCatalog() {
    ResponseEntity<GiftSuggestion> response = http.postForEntity("/gifts",
        Map.of("request", "a gift for a friend who loves coffee"), GiftSuggestion.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    GiftSuggestion suggestion = response.getBody();
    assertThat(suggestion.gift()).isEqualTo("Pour-over coffee set");
    assertThat(suggestion.card()).contains("Your gift is the pour-over coffee set: a glass dripper");
    assertThat(catalog.lookups()).contains("a gift for a friend who loves coffee", "Pour-over coffee set");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aResearchRunStartsAsksItsQuestionsAndReturnsItsReport() {
    Map<String, String> started = http.postForObject("/research",
        Map.of("request", "Research durable execution for AI agents"), Map.class);
    String id = started.get("workflowId");

    Map<String, List<String>> questions = http.getForObject("/research/" + id + "/questions", Map.class);
    assertThat(questions.get("questions")).hasSize(3).first().asString().startsWith("Who is the report on");

    ResponseEntity<Map> refused = http.postForEntity("/research/" + id + "/answers",
        Map.of("answers", List.of("Engineers", "Crash recovery")), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("error").toString()).contains("Expected 3 answers, got 2");

    ResponseEntity<Void> answered = http.postForEntity("/research/" + id + "/answers",
        Map.of("answers", List.of("Engineers", "Crash recovery", "One page")), Void.class);
    assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResearchController.Report report = http.getForObject("/research/" + id + "/report", ResearchController.Report.class);
    assertThat(report.rendered()).startsWith("A report on durable execution for AI agents drawn from 5 parallel searches.");
    assertThat(report.report().followUpQuestions()).isNotEmpty();

    Map<String, Object> progress = http.getForObject("/research/" + id, Map.class);
    assertThat(progress.get("stage")).isEqualTo("done");
  }
}
