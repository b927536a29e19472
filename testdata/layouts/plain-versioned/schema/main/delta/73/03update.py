print('not sql')
