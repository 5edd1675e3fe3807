#!/usr/bin/env python3
"""The PyJWT half of tst_pyjwtinterop: verifies tokens Bookwarden signed and signs tokens for Bookwarden.

    pyjwt_interop.py JOBS.json RESULTS.json

JOBS.json: {"issuer": ..., "audience": ..., "jobs": [{"alg", "kid", "token", "payload",
"secret_file" | ("private_pem_file" and "public_pem_file")}, ...]}. For each job, RESULTS.json gets
{"alg", "verified", "error", "header", "payload", "token"}: whether PyJWT accepted `token` (with the
job's key, audience and issuer, and its default exp/iat/nbf checks), what it read, and a token PyJWT
signed over `payload` with the job's key and kid. Exits 2 when PyJWT is not installed.
"""
import json
import sys

try:
    import jwt
except ImportError:
    sys.stderr.write("pyjwt_interop: the jwt module (Debian: python3-jwt python3-cryptography) is missing\n")
    sys.exit(2)


def read(path):
    with open(path, "rb") as handle:
        return handle.read()


def main(jobs_path, results_path):
    with open(jobs_path, encoding="utf-8") as handle:
        jobs = json.load(handle)
    results = []
    for job in jobs["jobs"]:
        alg = job["alg"]
        if "secret_file" in job:
            signing_key = verifying_key = read(job["secret_file"])
        else:
            signing_key = read(job["private_pem_file"])
            verifying_key = read(job["public_pem_file"])
        result = {"alg": alg, "verified": False, "error": "", "header": {}, "payload": {}, "token": ""}
        try:
            result["payload"] = jwt.decode(job["token"], verifying_key, algorithms=[alg],
                                           audience=jobs["audience"], issuer=jobs["issuer"])
            result["header"] = jwt.get_unverified_header(job["token"])
            result["verified"] = True
        except Exception as error:  # report every refusal to the C++ side
            result["error"] = "%s: %s" % (type(error).__name__, error)
        result["token"] = jwt.encode(job["payload"], signing_key, algorithm=alg,
                                     headers={"kid": job["kid"], "typ": "at+jwt"})
        results.append(result)
    with open(results_path, "w", encoding="utf-8") as handle:
        json.dump({"pyjwt": jwt.__version__, "results": results}, handle, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.stderr.write(__doc__)
        sys.exit(64)
    sys.exit(main(sys.argv[1], sys.argv[2]))
