-- rollsafe:post-deploy
-- marked post-deploy, but the code being deployed still reads name: the drop must wait a release
-- expect: contract-while-referenced: the code being checked (HEAD)
ALTER TABLE users DROP COLUMN name;
