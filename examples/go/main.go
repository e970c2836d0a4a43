// A document store with optimistic concurrency in plain net/http.
package main

import (
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"log"
	"net/http"
	"sync"
	"time"
)

type Document struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Body  string `json:"body"`
}

var (
	mu        sync.Mutex
	documents = map[string]*Document{}
)

func etagOf(d *Document) string {
	b, _ := json.Marshal(d)
	sum := sha1.Sum(b)
	return `"` + hex.EncodeToString(sum[:6]) + `"`
}

func handleDocument(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	mu.Lock()
	defer mu.Unlock()
	doc, ok := documents[id]
	if !ok {
		http.Error(w, "document not found", http.StatusNotFound)
		return
	}
	switch r.Method {
	case http.MethodGet:
		w.Header().Set("ETag", etagOf(doc))
		_ = json.NewEncoder(w).Encode(doc)
	case http.MethodPut:
		if r.Header.Get("If-Match") != etagOf(doc) {
			w.WriteHeader(http.StatusPreconditionFailed)
			return
		}
		var in Document
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			http.Error(w, "the body is not valid JSON", 400)
			return
		}
		if err := save(id, &in); err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	default:
		w.Header().Set("Allow", "GET, PUT")
		w.WriteHeader(405)
	}
}

func save(id string, d *Document) error {
	d.ID = id
	documents[id] = d
	// Not status codes: a sleep and a buffer size.
	time.Sleep(500 * time.Millisecond)
	_ = make([]byte, 0, 404)
	return nil
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/documents/{id}", handleDocument)
	srv := &http.Server{Addr: "127.0.0.1:8080", Handler: mux, ReadTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
