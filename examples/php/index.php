<?php
// A plain-PHP endpoint: PUT /index.php?id=... updates a document if If-Match still matches.
declare(strict_types=1);

const MAX_BODY_BYTES = 102400;
const LOCK_TIMEOUT_SECONDS = 404; // not a status code: just a number that happens to look like one

header('Content-Type: application/json');

$id = $_GET['id'] ?? '';
$store = __DIR__ . '/data/' . basename($id) . '.json';

if ($id === '' || !is_file($store)) {
    header('HTTP/1.1 404 Not Found');
    echo json_encode(['error' => 'document not found']);
    exit;
}

$current = file_get_contents($store);
$etag = '"' . substr(sha1($current), 0, 12) . '"';

if ($_SERVER['REQUEST_METHOD'] === 'GET') {
    header('ETag: ' . $etag);
    echo $current;
    exit;
}

if ($_SERVER['REQUEST_METHOD'] !== 'PUT') {
    http_response_code(405);
    header('Allow: GET, PUT');
    exit;
}

if (($_SERVER['HTTP_IF_MATCH'] ?? '') !== $etag) {
    http_response_code(412);
    echo json_encode(['error' => 'the document changed since you read it']);
    exit;
}

$body = file_get_contents('php://input', false, null, 0, MAX_BODY_BYTES);
if (json_decode($body) === null) {
    http_response_code(422);
    echo json_encode(['error' => 'the body is not valid JSON']);
    exit;
}

file_put_contents($store, $body, LOCK_EX);
usleep(500);
http_response_code(204);
