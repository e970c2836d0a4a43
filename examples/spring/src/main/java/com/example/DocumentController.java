package com.example;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/documents")
public class DocumentController {

    private static final int MAX_TITLE = 200; // not a status code
    private final Map<String, Document> documents = new ConcurrentHashMap<>();

    public record Document(String id, String title, String body) {
        String etag() {
            return "\"" + Integer.toHexString(hashCode()) + "\"";
        }
    }

    @GetMapping("/{id}")
    public ResponseEntity<Document> get(@PathVariable String id) {
        Document doc = documents.get(id);
        if (doc == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "document not found");
        }
        return ResponseEntity.ok().eTag(doc.etag()).body(doc);
    }

    @PutMapping("/{id}")
    public ResponseEntity<?> update(@PathVariable String id,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    @RequestBody Document in) {
        Document doc = documents.get(id);
        if (doc == null) {
            return ResponseEntity.notFound().build();
        }
        if (ifMatch == null) {
            return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(Map.of("error", "send If-Match"));
        }
        if (!ifMatch.equals(doc.etag())) {
            return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                    .body(Map.of("error", "the document changed since you read it"));
        }
        if (in.title() == null || in.title().length() > MAX_TITLE) {
            return ResponseEntity.status(422).body(Map.of("error", "title is missing or too long"));
        }
        documents.put(id, new Document(id, in.title(), in.body()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable String id) throws InterruptedException {
        documents.remove(id);
        Thread.sleep(500); // not a status code
    }
}
