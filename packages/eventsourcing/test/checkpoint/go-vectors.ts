// Published vectors of golang.org/x/mod/sumdb/note (note_test.go) and sumdb/tlog.

export const peterSignerKey =
  'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
export const peterVerifierKey = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
export const enochVerifierKey = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';

export const text =
  'If you think cryptography is the answer to your problem,\n' +
  "then you don't know what your problem is.\n";

export const peterBase64 =
  'x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=';
export const enochBase64 =
  'rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=';
export const peterSig = `\u2014 PeterNeumann ${peterBase64}\n`;
export const enochSig = `\u2014 EnochRoot ${enochBase64}\n`;

/** The signed note Go's `note.Sign` writes for `text` and `peterSignerKey`. */
export const peterNote = `${text}\n${peterSig}`;

// The key of sum.golang.org and a tree head it signed (as quoted in tests of Go tooling).
export const sumdbVerifierKey = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';
export const sumdbCheckpoint =
  'go.sum database tree\n6476701\nmb8QLQIs0Z0yP5Cstq6guj87oXWeC9gEM8oVikmm9Wk=\n\n' +
  '\u2014 sum.golang.org Az3grsLX85Gz+s1SiTbgkuqxgItqFq7gsMUEyVnrsa9LM7Us9S+1xbFIGu95949rj4nPRYfvimWEPWL+o3GeoWwOoAw=\n';

// sumdb/tlog's TestFormatTree: RecordHash("hello world") at size 123456789012.
export const tlogTree = 'go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n';
