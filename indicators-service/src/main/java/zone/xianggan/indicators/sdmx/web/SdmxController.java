package zone.xianggan.indicators.sdmx.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import zone.xianggan.indicators.sdmx.application.ExportingStatistics;
import zone.xianggan.indicators.sdmx.model.DataQuery;
import zone.xianggan.indicators.sdmx.model.Observation;
import zone.xianggan.indicators.sdmx.model.ZoneIndicators;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.Violation;

@RestController
@RequestMapping("/api/v1/sdmx")
@Tag(name = "SDMX", description = "The zone's current values and their catalogue for statistical systems, as SDMX "
        + "REST 2.0 serves them: the dataflow XIANGGAN:ZONE_INDICATORS(1.0.0) in SDMX-CSV 2.0 or SDMX-JSON 2.0, "
        + "and its structure (codelists CL_AREA and CL_INDICATOR, concept scheme, data structure, dataflow) in "
        + "SDMX-JSON 2.0. A query without results is a 404, as SDMX's services answer it; a part of SDMX's query "
        + "syntax this service does not implement is a 501 naming the parameter")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SdmxController {

    private static final String DATAFLOW_PATH = "/data/dataflow/{agency}/{id}/{version}";
    private static final Set<String> LATEST = Set.of(ZoneIndicators.VERSION, "~", "*", "latest");
    private static final Set<String> WITH_REFERENCES = Set.of("children", "descendants", "all");

    private final ExportingStatistics statistics;

    @GetMapping({ DATAFLOW_PATH, DATAFLOW_PATH + "/{key}" })
    @Operation(summary = "Current values of the dataflow, by key (REF_AREA.INDICATOR: codes joined by +, * for any) "
            + "and c[TIME_PERIOD] (eq, ge, gt, le, lt joined by +, e.g. ge:2020+le:2024; quarters as 2024-Q1, "
            + "months as 2024-M01). Accept: " + SdmxFormat.SDMX_CSV_TYPE + " (the default), "
            + SdmxFormat.SDMX_JSON_TYPE + ", text/csv or application/json; or format=csv|json|sdmx-csv|sdmx-json")
    ResponseEntity<?> data(@PathVariable String agency, @PathVariable String id, @PathVariable String version,
            @Parameter(description = "REF_AREA.INDICATOR, e.g. 430181+430281.GDP or *.URBANIZATION_RATE; * or none "
                    + "for everything") @PathVariable(required = false) String key,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        requireArtefact(agency, id, version, Set.of(ZoneIndicators.DATAFLOW), "dataflow");
        SdmxFormat format = SdmxFormat.of(parameters.getFirst("format"), accept);
        DataQuery query = SdmxDataRequest.parse(key, parameters);
        List<Observation> observations = statistics.observations(query);
        if (format.isCsv()) {
            return ResponseEntity.ok().contentType(format.contentType())
                    .body(SdmxCsv.write(observations).getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().contentType(format.contentType()).body(SdmxJsonData.message(observations,
                statistics.areas(), statistics.indicators(), messageId(), Instant.now()));
    }

    @GetMapping({ "/structure/{type}/{agency}/{id}", "/structure/{type}/{agency}/{id}/{version}" })
    @Operation(summary = "The dataflow's structure in SDMX-JSON 2.0: codelist CL_AREA (the provinces and every unit "
            + "the registry has published, each under its province), CL_INDICATOR (the catalogue) or * for both; "
            + "conceptscheme CS_ZONE_INDICATORS; datastructure DSD_ZONE_INDICATORS; dataflow ZONE_INDICATORS. "
            + "references=children adds what an artefact refers to (a dataflow its data structure; a data structure "
            + "its codelists and concepts), descendants or all everything below it")
    ResponseEntity<Map<String, Object>> structure(
            @Parameter(description = "codelist, conceptscheme, datastructure or dataflow") @PathVariable String type,
            @PathVariable String agency, @PathVariable String id, @PathVariable(required = false) String version,
            @RequestParam(defaultValue = "none") String references,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        SdmxFormat.requireStructureJson(accept);
        boolean referenced = withReferences(references);
        Map<String, List<Map<String, Object>>> artefacts = new LinkedHashMap<>();
        switch (type) {
            case "codelist" -> {
                requireArtefact(agency, id, version, Set.of(ZoneIndicators.AREAS, ZoneIndicators.INDICATORS), type);
                artefacts.put("codelists", codelists(id));
            }
            case "conceptscheme" -> {
                requireArtefact(agency, id, version, Set.of(ZoneIndicators.CONCEPT_SCHEME), type);
                artefacts.put("conceptSchemes", List.of(SdmxJsonStructure.conceptScheme()));
            }
            case "datastructure" -> {
                requireArtefact(agency, id, version, Set.of(ZoneIndicators.DATA_STRUCTURE), type);
                artefacts.put("dataStructures", List.of(SdmxJsonStructure.dataStructure()));
                if (referenced) {
                    addConceptsAndCodelists(artefacts);
                }
            }
            case "dataflow" -> {
                requireArtefact(agency, id, version, Set.of(ZoneIndicators.DATAFLOW), type);
                artefacts.put("dataflows", List.of(SdmxJsonStructure.dataflow()));
                if (referenced) {
                    artefacts.put("dataStructures", List.of(SdmxJsonStructure.dataStructure()));
                }
                if (referenced && !references.equals("children")) {
                    addConceptsAndCodelists(artefacts);
                }
            }
            default -> throw SdmxProblem.notImplemented("type", "codelist, conceptscheme, datastructure and "
                    + "dataflow are implemented", type);
        }
        return ResponseEntity.ok().contentType(SdmxFormat.STRUCTURE_JSON)
                .body(SdmxJsonStructure.message(artefacts, messageId(), Instant.now()));
    }

    @ExceptionHandler(SdmxProblem.class)
    ResponseEntity<ProblemDetail> refused(SdmxProblem problem) {
        Violation violation = problem.violation();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        body.setTitle(problem.title());
        body.setType(URI.create("about:blank"));
        body.setProperty("field", violation.field());
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", violation.field());
        error.put("reason", violation.reason());
        if (violation.rejectedValue() != null) {
            error.put("rejectedValue", violation.rejectedValue());
        }
        body.setProperty("errors", List.of(error));
        return ResponseEntity.status(problem.status()).body(body);
    }

    private List<Map<String, Object>> codelists(String id) {
        return switch (id) {
            case ZoneIndicators.AREAS -> List.of(SdmxJsonStructure.codelist(statistics.areas()));
            case ZoneIndicators.INDICATORS -> List.of(SdmxJsonStructure.codelist(statistics.indicators()));
            default -> List.of(SdmxJsonStructure.codelist(statistics.areas()),
                    SdmxJsonStructure.codelist(statistics.indicators()));
        };
    }

    private void addConceptsAndCodelists(Map<String, List<Map<String, Object>>> artefacts) {
        artefacts.put("conceptSchemes", List.of(SdmxJsonStructure.conceptScheme()));
        artefacts.put("codelists", codelists("*"));
    }

    private static boolean withReferences(String references) {
        if (references.equals("none")) {
            return false;
        }
        if (!WITH_REFERENCES.contains(references)) {
            throw SdmxProblem.notImplemented("references", "none, children, descendants and all are implemented",
                    references);
        }
        return true;
    }

    /** One of the zone's artefacts of a kind (or * for all of them), or a 404 naming what was asked for. */
    private static void requireArtefact(String agency, String id, String version, Set<String> held, String kind) {
        boolean ours = agency.equals(ZoneIndicators.AGENCY) || agency.equals("*");
        boolean known = held.contains(id) || id.equals("*");
        if (!ours || !known || version != null && !LATEST.contains(version)) {
            throw new NotFoundException(kind, agency + ":" + id + (version == null ? "" : "(" + version + ")"));
        }
    }

    private static String messageId() {
        return "XIANGGAN-" + UUID.randomUUID();
    }
}
