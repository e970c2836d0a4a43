"""A document store with optimistic concurrency, in Flask.

Clients send the ETag they read in If-Match; a PUT that races another writer is refused.
"""
import hashlib
import json
import time
from http import HTTPStatus

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
documents: dict[str, dict] = {}

MAX_TITLE = 200
RETRY_DELAY_SECONDS = 0.5


def etag_of(doc: dict) -> str:
    return '"' + hashlib.sha1(json.dumps(doc, sort_keys=True).encode()).hexdigest()[:12] + '"'


@app.get("/documents/<doc_id>")
def get_document(doc_id: str):
    doc = documents.get(doc_id)
    if doc is None:
        abort(404)
    response = jsonify(doc)
    response.headers["ETag"] = etag_of(doc)
    return response


@app.put("/documents/<doc_id>")
def update_document(doc_id: str):
    doc = documents.get(doc_id)
    if doc is None:
        abort(404)
    if "If-Match" not in request.headers:
        return jsonify(error="send If-Match with the ETag you read"), HTTPStatus.PRECONDITION_REQUIRED
    if request.headers["If-Match"] != etag_of(doc):
        return jsonify(error="the document changed since you read it"), 412
    title = request.json.get("title", "")
    if len(title) > MAX_TITLE:
        return jsonify(error=f"title is longer than {MAX_TITLE} characters"), 422
    doc.update(request.json)
    return "", 204


def save_with_retry(path: str, attempts: int = 3) -> None:
    # Not status codes: a sleep and a retry count. No hover here.
    for attempt in range(attempts):
        try:
            with open(path, "w") as f:
                json.dump(documents, f)
            return
        except OSError:
            time.sleep(RETRY_DELAY_SECONDS * (attempt + 1))
    time.sleep(500)


if __name__ == "__main__":
    app.run(port=5000, debug=True)
