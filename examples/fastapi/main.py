"""The same document store in FastAPI, using the named status constants."""
import asyncio
import hashlib
import json

from fastapi import FastAPI, Header, HTTPException, Response, status
from pydantic import BaseModel

app = FastAPI(title="Documents")
documents: dict[str, dict] = {}

CACHE_SECONDS = 300


class DocumentIn(BaseModel):
    title: str
    body: str = ""


def etag_of(doc: dict) -> str:
    return '"' + hashlib.sha1(json.dumps(doc, sort_keys=True).encode()).hexdigest()[:12] + '"'


@app.get("/documents/{doc_id}")
async def get_document(doc_id: str, response: Response):
    doc = documents.get(doc_id)
    if doc is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="document not found")
    response.headers["ETag"] = etag_of(doc)
    response.headers["Cache-Control"] = f"max-age={CACHE_SECONDS}"
    return doc


@app.post("/documents", status_code=status.HTTP_201_CREATED)
async def create_document(doc: DocumentIn):
    if not doc.title.strip():
        raise HTTPException(status_code=422, detail="title must not be empty")
    doc_id = hashlib.sha1(doc.title.encode()).hexdigest()[:8]
    documents[doc_id] = {"id": doc_id, **doc.model_dump()}
    return documents[doc_id]


@app.put("/documents/{doc_id}", status_code=status.HTTP_204_NO_CONTENT)
async def update_document(doc_id: str, doc: DocumentIn, if_match: str | None = Header(default=None)):
    current = documents.get(doc_id)
    if current is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="document not found")
    if if_match is None:
        raise HTTPException(status_code=status.HTTP_428_PRECONDITION_REQUIRED, detail="send If-Match")
    if if_match != etag_of(current):
        raise HTTPException(status_code=412, detail="the document changed since you read it")
    current.update(doc.model_dump())


async def flush_periodically() -> None:
    # Not a status code: a sleep interval.
    while True:
        await asyncio.sleep(500)
